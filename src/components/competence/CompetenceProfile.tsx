import { LEVELS } from '../../competence/levels.js'
import type { CompetenceMessages } from '../../i18n/messages/competence.js'
import { format } from '../../i18n/messages/index.js'
import { type AreaLevels, levelValue, type Row } from '../../portal/charts.js'
import { BarChart } from '../portal/BarChart.js'

type Props = {
  areas: (AreaLevels & { name: string })[]
  t: CompetenceMessages['me']
}

/** The teacher's level per DigCompEdu area as a chart, the previous assessment beside, then a table. */
export const CompetenceProfile = ({ areas, t }: Props) => {
  const rows: Row[] = areas.map((a) => ({
    key: a.area,
    label: `${a.area} ${a.name}`,
    bars: [
      ...(a.current
        ? [{ kind: 'current' as const, value: levelValue(a.current), text: a.current }]
        : []),
      ...(a.previous
        ? [{ kind: 'previous' as const, value: levelValue(a.previous), text: a.previous }]
        : []),
    ],
  }))
  const hasPrevious = areas.some((a) => a.previous)
  return (
    <section className="panel" aria-labelledby="profile" data-testid="competence-profile">
      <h2 id="profile">{t.profile}</h2>
      <BarChart
        id="profile-chart"
        title={t.profile}
        summary={format(t.profileSummary, { count: areas.length })}
        rows={rows}
        max={LEVELS.length}
        ticks={LEVELS.map((level) => ({ value: levelValue(level), label: level }))}
        legend={[
          { kind: 'current', label: t.profileNow },
          ...(hasPrevious ? [{ kind: 'previous' as const, label: t.profileBefore }] : []),
        ]}
      />
      <div className="table-wrap">
        <table data-testid="profile-table">
          <caption className="visually-hidden">{t.profile}</caption>
          <thead>
            <tr>
              <th scope="col">{t.profileArea}</th>
              <th scope="col">{t.profileNow}</th>
              {hasPrevious ? <th scope="col">{t.profileBefore}</th> : null}
            </tr>
          </thead>
          <tbody>
            {areas.map((a) => (
              <tr key={a.area}>
                <th scope="row">
                  {a.area} {a.name}
                </th>
                <td>{a.current ?? t.notYet}</td>
                {hasPrevious ? <td>{a.previous ?? t.notYet}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

import type { Metadata } from 'next'
import { headers } from 'next/headers.js'

import { StackedBarChart } from '../../../../components/portal/StackedBarChart.js'
import { resolveLocale } from '../../../../components/portal/route.js'
import { LEVELS } from '../../../../competence/levels.js'
import { schoolOverview } from '../../../../competence/schoolOverview.js'
import { competenceText } from '../../../../competence/text.js'
import { format, translateMessage } from '../../../../i18n/messages/index.js'
import { areaDistributions } from '../../../../portal/charts.js'
import { currentUser } from '../../../../portal/data.js'
import { portalPayload } from '../../../../portal/payload.js'

type Props = { params: Promise<{ locale: string }> }

export const dynamic = 'force-dynamic'

/** How many of the weakest areas the training suggestions cover. */
const GAP_AREAS = 2

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({
  title: competenceText(await resolveLocale(params)).leader.title,
})

/** A school leader's overview: level distributions per area and trainings for the largest gaps. */
const LeaderPage = async ({ params }: Props) => {
  const locale = await resolveLocale(params)
  const t = competenceText(locale).leader
  const payload = await portalPayload()
  const user = await currentUser(payload, await headers())
  if (!user) {
    return (
      <>
        <h1>{t.title}</h1>
        <p>
          <a href={`/${locale}/login?next=/${locale}/leader`}>{t.signIn}</a>
        </p>
      </>
    )
  }
  let overview
  try {
    overview = await schoolOverview(payload, user, undefined, locale)
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (status !== 403) throw error
    return (
      <>
        <h1>{t.title}</h1>
        <p className="notice error">{translateMessage((error as Error).message, locale)}</p>
      </>
    )
  }
  const headings = await payload.find({
    collection: 'competence-areas',
    where: { and: [{ framework: { equals: 'digcompedu' } }, { parent: { exists: false } }] },
    locale,
    depth: 0,
    pagination: false,
    limit: 0,
  })
  const areaName = new Map(headings.docs.map((d) => [String(d.code), String(d.name ?? '')]))
  const areas = areaDistributions(overview.competenceProfile).filter((a) => areaName.has(a.area))
  const weakest = areas.slice(0, GAP_AREAS)
  const weakCompetences = overview.competenceProfile
    .filter((row) => weakest.some((a) => a.area === row.competence.area))
    .map((row) => Number(row.competence.id))
  const trainings = weakCompetences.length
    ? (
        await payload.find({
          collection: 'trainings',
          where: {
            and: [
              { _status: { equals: 'published' } },
              { competenceAreas: { in: weakCompetences } },
              // A training whose registration has closed cannot close a gap any more.
              {
                or: [
                  { registrationDeadline: { greater_than: new Date().toISOString() } },
                  { registrationDeadline: { exists: false } },
                ],
              },
            ],
          },
          locale,
          depth: 0,
          limit: 5,
          sort: 'registrationDeadline',
        })
      ).docs
    : []
  const label = (area: string) => `${area} ${areaName.get(area)}`
  return (
    <>
      <h1>{t.title}</h1>
      <p>{format(t.intro, { school: overview.school?.name ?? t.all })}</p>
      <p data-testid="leader-counts">
        {format(t.counts, { teachers: overview.teachers, assessed: overview.assessed })}
      </p>
      <section className="panel" aria-labelledby="distribution">
        <h2 id="distribution">{t.distribution}</h2>
        {areas.length === 0 ? (
          <p data-testid="too-few">{t.tooFew}</p>
        ) : (
          <>
            <StackedBarChart
              id="distribution-chart"
              title={t.distribution}
              summary={format(t.summary, { count: areas.length })}
              rows={areas.map((a) => ({
                key: a.area,
                label: label(a.area),
                segments: LEVELS.map((level) => ({
                  key: level,
                  value: a.levels[level],
                  text: level,
                })),
              }))}
              legend={LEVELS.map((level) => ({ key: level, label: level }))}
            />
            <div className="table-wrap">
              <table data-testid="distribution-table">
                <caption className="visually-hidden">{t.distribution}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.area}</th>
                    {LEVELS.map((level) => (
                      <th scope="col" className="num" key={level}>
                        {level}
                      </th>
                    ))}
                    <th scope="col" className="num">
                      {t.answers}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {areas.map((a) => (
                    <tr key={a.area} data-area={a.area}>
                      <th scope="row">{label(a.area)}</th>
                      {LEVELS.map((level) => (
                        <td className="num" key={level}>
                          {a.levels[level]}
                        </td>
                      ))}
                      <td className="num">{a.answers}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
      {weakest.length ? (
        <section className="panel" aria-labelledby="gaps" data-testid="gap-trainings">
          <h2 id="gaps">{t.gaps}</h2>
          <p>{format(t.gapsIntro, { areas: weakest.map((a) => label(a.area)).join(', ') })}</p>
          {trainings.length ? (
            <ul>
              {trainings.map((training) => (
                <li key={String(training.id)}>
                  <a href={`/${locale}/trainings#training-${training.id}`}>{training.title}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">{t.noTrainings}</p>
          )}
        </section>
      ) : null}
    </>
  )
}

export default LeaderPage

import type { Metadata } from 'next'
import { notFound } from 'next/navigation.js'

import { BarChart } from '../../../../../components/portal/BarChart.js'
import { ItemCard } from '../../../../../components/portal/ItemCard.js'
import { resolveLocale } from '../../../../../components/portal/route.js'
import { deviceKindOptions, gradeBandOptions } from '../../../../../fields/vocabularies.js'
import { modelsThatFit, schoolById } from '../../../../../portal/data.js'
import type { Row } from '../../../../../portal/charts.js'
import { format, formatNumber, messages, optionLabel } from '../../../../../portal/i18n.js'
import { portalPayload } from '../../../../../portal/payload.js'
import { ratingSummaries } from '../../../../../portal/ratings.js'
import { deviceReadiness } from '../../../../../portal/readiness.js'

type Props = { params: Promise<{ locale: string; id: string }> }

const load = async ({ params }: Props) => {
  const locale = await resolveLocale(params)
  const payload = await portalPayload()
  const school = await schoolById(payload, (await params).id, locale)
  if (!school) notFound()
  return { locale, payload, school }
}

export const generateMetadata = async (props: Props): Promise<Metadata> => ({
  title: (await load(props)).school.name,
})

const SchoolPage = async (props: Props) => {
  const { locale, payload, school } = await load(props)
  const t = messages(locale).schools
  const readiness = deviceReadiness(school)
  const models = await modelsThatFit(payload, school, locale)
  const ratings = await ratingSummaries(
    payload,
    models.map((m) => ({ collection: m.collection, id: m.id })),
  )
  const band = (value: string) => optionLabel(gradeBandOptions, value, locale)
  const percent = (value: number) => `${formatNumber(value * 100, locale, 0)} %`
  // The programme's bands with pupils: laptops per pupil, the target line at the band's ratio.
  const chartRows: Row[] = readiness.bands
    .filter((row) => row.ratio !== null && row.pupils > 0)
    .map((row) => ({
      key: row.gradeBand,
      label: band(row.gradeBand),
      target: row.ratio!,
      bars: [
        {
          kind: 'actual',
          value: row.available / row.pupils,
          text: percent(row.available / row.pupils),
        },
      ],
    }))
  return (
    <>
      <span className="type-label">{school.district}</span>
      <h1>{school.name}</h1>

      <section aria-labelledby="readiness-title">
        <h2 id="readiness-title">{t.readiness}</h2>
        <p>{t.readinessIntro}</p>
        {readiness.bands.length === 0 ? (
          <p className="empty">{t.noPupils}</p>
        ) : (
          <>
            <BarChart
              id="readiness-chart"
              title={t.chartTitle}
              summary={format(t.chartSummary, { count: chartRows.length })}
              rows={chartRows}
              max={1}
              ticks={[0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, label: percent(value) }))}
              legend={[
                { kind: 'actual', label: t.chartActual },
                { kind: 'target', label: t.chartTarget },
              ]}
            />
            <div className="table-wrap">
              <table data-testid="readiness">
                <thead>
                  <tr>
                    <th scope="col">{t.band}</th>
                    <th scope="col" className="num">
                      {t.pupils}
                    </th>
                    <th scope="col" className="num">
                      {t.ratio}
                    </th>
                    <th scope="col" className="num">
                      {t.needed}
                    </th>
                    <th scope="col" className="num">
                      {t.available}
                    </th>
                    <th scope="col" className="num">
                      {t.gap}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {readiness.bands.map((row) => (
                    <tr key={row.gradeBand} data-band={row.gradeBand}>
                      <th scope="row">{band(row.gradeBand)}</th>
                      <td className="num">{row.pupils}</td>
                      <td className="num">
                        {row.ratio === null ? t.noRatio : formatNumber(row.ratio, locale, 2)}
                      </td>
                      <td className="num">{row.ratio === null ? '–' : row.needed}</td>
                      <td className="num">{row.ratio === null ? '–' : row.available}</td>
                      <td className="num">
                        {row.ratio === null ? (
                          '–'
                        ) : row.gap > 0 ? (
                          <span className="gap">−{row.gap}</span>
                        ) : (
                          <span className="ready">{t.ready}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t.total}</th>
                    <td className="num">{readiness.bands.reduce((s, r) => s + r.pupils, 0)}</td>
                    <td />
                    <td className="num">{readiness.needed}</td>
                    <td className="num">{readiness.laptops}</td>
                    <td className="num">
                      {readiness.gap > 0 ? (
                        <span className="gap">−{readiness.gap}</span>
                      ) : (
                        <span className="ready">{t.ready}</span>
                      )}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </>
        )}
        <h3>{t.inventory}</h3>
        {school.devices.length ? (
          <ul className="chips">
            {school.devices.map((row) => (
              <li key={String(row.kind)} className="chip">
                {optionLabel(deviceKindOptions, String(row.kind), locale)}: {row.count ?? 0}
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">{t.noInventory}</p>
        )}
      </section>

      <section aria-labelledby="fit-title">
        <h2 id="fit-title">{t.fitToday}</h2>
        <p>{t.fitTodayIntro}</p>
        {models.length ? (
          <ul className="cards" data-testid="fitting-models">
            {models.map((card) => (
              <ItemCard
                key={String(card.id)}
                card={card}
                locale={locale}
                rating={ratings[`${card.collection}:${card.id}`]}
              />
            ))}
          </ul>
        ) : (
          <p className="empty">{t.noModels}</p>
        )}
      </section>
    </>
  )
}

export default SchoolPage

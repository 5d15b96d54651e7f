import type { Metadata } from 'next'
import { headers } from 'next/headers.js'

import { AssessmentForm } from '../../../../components/competence/AssessmentForm.js'
import { CredentialList } from '../../../../components/credentials/CredentialList.js'
import { CompetenceProfile } from '../../../../components/competence/CompetenceProfile.js'
import { resolveLocale } from '../../../../components/portal/route.js'
import { describeLevels } from '../../../../competence/levels.js'
import { historyFor, loadCompetences, recommendationsFor } from '../../../../competence/load.js'
import { competenceText } from '../../../../competence/text.js'
import { ownCredentials, toListItem } from '../../../../credentials/list.js'
import { credentialText } from '../../../../credentials/text.js'
import type { Locale } from '../../../../localization.js'
import { currentUser } from '../../../../portal/data.js'
import { clientText } from '../../../../portal/i18n.js'
import { areaLevels } from '../../../../portal/charts.js'
import { portalPayload } from '../../../../portal/payload.js'
import { portalPath } from '../../../../portal/urls.js'

type Props = { params: Promise<{ locale: string }> }

export const dynamic = 'force-dynamic'

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({
  title: competenceText(await resolveLocale(params)).me.title,
})

const itemHref = (
  locale: Locale,
  item: { collection: string; id: unknown; slug: string | null },
) =>
  item.collection === 'trainings'
    ? `/${locale}/trainings#training-${item.id}`
    : item.slug
      ? portalPath(item.collection as 'pedagogical-models' | 'digital-materials', item.slug, locale)
      : '#'

/** The teacher's own page: recommendations, levels, history, trainings, and a new assessment. */
const MePage = async ({ params }: Props) => {
  const locale = await resolveLocale(params)
  const t = competenceText(locale).me
  const payload = await portalPayload()
  const user = await currentUser(payload, await headers())
  if (!user) {
    return (
      <>
        <h1>{t.title}</h1>
        <p>
          <a href={`/${locale}/login?next=/${locale}/me`}>{t.signIn}</a>
        </p>
      </>
    )
  }
  const [recommendations, history, competences, credentials] = await Promise.all([
    recommendationsFor(payload, user, locale),
    historyFor(payload, user, locale),
    loadCompetences(payload, locale),
    ownCredentials(payload, user),
  ])
  const current = new Map(history.current.map((c) => [c.code, c.level]))
  const byCode = new Map([...competences.values()].map((c) => [c.code, c]))
  // The DigCompEdu area headings (1 … 6) name the chart's rows; they are not assessed themselves.
  const headings = await payload.find({
    collection: 'competence-areas',
    where: { and: [{ framework: { equals: 'digcompedu' } }, { parent: { exists: false } }] },
    locale,
    depth: 0,
    pagination: false,
    limit: 0,
  })
  const areaName = new Map(headings.docs.map((d) => [String(d.code), String(d.name ?? '')]))
  const profile = areaLevels(history.assessments, (code) => byCode.get(code)?.area ?? null)
    .filter((a) => areaName.has(a.area))
    .map((a) => ({ ...a, name: areaName.get(a.area)! }))
  return (
    <>
      <h1>{t.title}</h1>
      <section className="panel" aria-labelledby="recommendations" data-testid="recommendations">
        <h2 id="recommendations">{t.recommendations}</h2>
        {!recommendations.assessed ? (
          <p>{t.noAssessment}</p>
        ) : (
          <>
            <h3>{t.weakest}</h3>
            <ul className="chips">
              {recommendations.weakest.map((w) => (
                <li className="chip" key={w.code}>
                  {w.code} {w.name}: {w.level} → {w.target}
                </li>
              ))}
            </ul>
            {recommendations.items.length ? (
              <ol className="cards">
                {recommendations.items.map((item) => (
                  <li className="card" key={`${item.collection}-${item.id}`}>
                    <h3>
                      <a href={itemHref(locale, item)}>{item.title}</a>
                    </h3>
                    {item.reasons.map((reason) => (
                      <p key={reason}>{reason}</p>
                    ))}
                    {item.fitsDevices ? <p className="chip">{t.fits}</p> : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p>{t.nothingYet}</p>
            )}
          </>
        )}
      </section>

      {profile.length ? <CompetenceProfile areas={profile} t={t} /> : null}

      {history.current.length ? (
        <section className="panel" aria-labelledby="current">
          <h2 id="current">{t.current}</h2>
          <ul>
            {history.current.map((c) => (
              <li key={c.code}>
                {c.code} {c.name}: {c.level}
              </li>
            ))}
          </ul>
          <h3>{t.history}</h3>
          <ul>
            {history.assessments.map((a) => (
              <li key={String(a.id)}>
                {new Date(a.createdAt).toLocaleDateString(locale)}:{' '}
                {a.answers.map((ans) => `${ans.code} ${ans.level}`).join(', ')}
              </li>
            ))}
          </ul>
          <p>
            <a href="/api/me/assessment-data" download>
              {t.export}
            </a>
          </p>
        </section>
      ) : null}

      {history.trainings.length ? (
        <section className="panel" aria-labelledby="my-trainings">
          <h2 id="my-trainings">{t.trainings}</h2>
          <ul>
            {history.trainings.map((r) => (
              <li key={String(r.registration)}>
                {r.training.title} ({t.statuses[r.status as keyof typeof t.statuses] ?? r.status}
                {r.attended ? `, ${t.attended}` : ''})
              </li>
            ))}
          </ul>
          <p>
            <a href="/api/calendar/me.ics">{t.calendar}</a>
          </p>
        </section>
      ) : null}

      <CredentialList
        items={credentials.map((c) => toListItem(c, locale))}
        locale={locale}
        t={credentialText(locale).list}
      />

      <section className="panel" aria-labelledby="assess">
        <h2 id="assess">{t.assess}</h2>
        <AssessmentForm
          competences={[...competences.values()].map((c) => ({
            id: c.id,
            code: c.code,
            name: c.name,
            current: current.get(c.code) ?? null,
          }))}
          levels={describeLevels(locale)}
          t={t}
          text={clientText(locale)}
        />
      </section>
    </>
  )
}

export default MePage

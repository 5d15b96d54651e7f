import type { Metadata } from 'next'
import { headers } from 'next/headers.js'
import type { Where } from 'payload'

import { RegisterButton } from '../../../../components/competence/RegisterButton.js'
import { first, resolveLocale } from '../../../../components/portal/route.js'
import { clientText } from '../../../../portal/i18n.js'
import { competenceText } from '../../../../competence/text.js'
import { currentUser } from '../../../../portal/data.js'
import { portalPayload } from '../../../../portal/payload.js'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const dynamic = 'force-dynamic'

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({
  title: competenceText(await resolveLocale(params)).trainings.title,
})

/** The training calendar, filterable by DigCompEdu area, with registration for signed-in users. */
const TrainingsPage = async ({ params, searchParams }: Props) => {
  const locale = await resolveLocale(params)
  const t = competenceText(locale).trainings
  const payload = await portalPayload()
  const user = await currentUser(payload, await headers())
  const area = first((await searchParams).competence)
  const areas = (
    await payload.find({
      collection: 'competence-areas',
      where: { and: [{ framework: { equals: 'digcompedu' } }, { parent: { exists: false } }] },
      locale,
      depth: 0,
      pagination: false,
      limit: 0,
      sort: 'code',
    })
  ).docs
  const selected = areas.find((a) => a.code === area)
  let where: Where = { _status: { equals: 'published' } }
  if (selected) {
    const ids = (
      await payload.find({
        collection: 'competence-areas',
        where: { or: [{ id: { equals: selected.id } }, { parent: { equals: selected.id } }] },
        depth: 0,
        pagination: false,
        limit: 0,
      })
    ).docs.map((d) => d.id)
    where = { and: [where, { competenceAreas: { in: ids } }] }
  }
  const trainings = (
    await payload.find({
      collection: 'trainings',
      where,
      draft: false,
      overrideAccess: false,
      locale,
      depth: 0,
      pagination: false,
      limit: 0,
      sort: 'title',
    })
  ).docs
  const mine = user
    ? new Set(
        (
          await payload.find({
            collection: 'training-registrations',
            where: {
              and: [
                { teacher: { equals: user.id } },
                { status: { in: ['confirmed', 'waitlisted'] } },
              ],
            },
            user,
            overrideAccess: false,
            depth: 0,
            pagination: false,
            limit: 0,
          })
        ).docs.map((r) => String(r.training)),
      )
    : new Set<string>()
  const feed = `/api/calendar/trainings.ics?locale=${locale}${selected ? `&competence=${selected.code}` : ''}`
  const when = (iso: string) =>
    new Date(iso).toLocaleString(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Helsinki',
    })

  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <form method="get" className="search-bar" data-testid="training-filter">
        <div>
          <label htmlFor="competence">{t.area}</label>
          <select id="competence" name="competence" defaultValue={selected?.code ?? ''}>
            <option value="">{t.all}</option>
            {areas.map((a) => (
              <option key={a.code} value={a.code}>
                {a.code} {a.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t.filter}</button>
      </form>
      <p>
        <a href={feed}>{t.subscribe}</a>
      </p>
      {trainings.length ? (
        <ul className="cards" data-testid="trainings">
          {trainings.map((training) => (
            <li className="card" key={training.id} id={`training-${training.id}`}>
              <h2>{training.title}</h2>
              {training.description ? <p>{training.description}</p> : null}
              <ul>
                {(training.sessions ?? []).map((s) => (
                  <li key={s.id ?? s.start}>
                    <time dateTime={s.start}>{when(s.start)}</time>–
                    <time dateTime={s.end}>{when(s.end)}</time>
                  </li>
                ))}
              </ul>
              <p>
                {training.targetLevel ? `${t.target} ${training.targetLevel} · ` : ''}
                {training.capacity} {t.seats}
                {training.placeKind === 'online' ? ` · ${t.online}` : ''}
                {training.registrationDeadline
                  ? ` · ${t.deadline} ${when(training.registrationDeadline)}`
                  : ''}
              </p>
              <p>
                <a href={`/api/calendar/trainings/${training.id}.ics?locale=${locale}`}>
                  iCalendar
                </a>
              </p>
              {user ? (
                <RegisterButton
                  training={training.id}
                  registered={mine.has(String(training.id))}
                  t={t}
                  text={clientText(locale)}
                />
              ) : (
                <p>
                  <a href={`/${locale}/login?next=/${locale}/trainings`}>{t.signIn}</a>
                </p>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.none}</p>
      )}
    </>
  )
}

export default TrainingsPage

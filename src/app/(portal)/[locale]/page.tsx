import { ItemCard } from '../../../components/portal/ItemCard.js'
import { PlacesMap } from '../../../components/portal/PlacesMap.js'
import { resolveLocale } from '../../../components/portal/route.js'
import { env } from '../../../env.js'
import { gradeBandOptions } from '../../../fields/vocabularies.js'
import { mapPlaces, recentlyPublished, topCompetences } from '../../../portal/data.js'
import { format, messages } from '../../../portal/i18n.js'
import { portalPayload } from '../../../portal/payload.js'
import { ratingSummaries } from '../../../portal/ratings.js'
import { searchPath } from '../../../portal/urls.js'

type Props = { params: Promise<{ locale: string }> }

const Home = async ({ params }: Props) => {
  const locale = await resolveLocale(params)
  const t = messages(locale)
  const payload = await portalPayload()
  const [recent, competences, places] = await Promise.all([
    recentlyPublished(payload, locale, 6),
    topCompetences(payload, locale),
    mapPlaces(payload, locale),
  ])
  const ratings = await ratingSummaries(
    payload,
    recent.map((c) => ({ collection: c.collection, id: c.id })),
  )
  const frameworks = [
    { key: 'digcompedu', title: t.competences.digcompedu },
    { key: 'transversal', title: t.competences.transversal },
  ]
  return (
    <>
      <section className="hero" aria-labelledby="home-search-title">
        <h1 id="home-search-title">{t.home.searchTitle}</h1>
        <p>{t.tagline}</p>
        <form role="search" action={`/${locale}/search`} method="get" className="search-bar">
          <div>
            <label htmlFor="home-q">{t.home.searchLabel}</label>
            <input
              id="home-q"
              name="q"
              type="search"
              placeholder={t.search.placeholder}
              autoComplete="off"
            />
          </div>
          <button type="submit">{t.search.submit}</button>
        </form>
      </section>

      <section aria-labelledby="by-grade">
        <h2 id="by-grade">{t.home.byGrade}</h2>
        <ul className="chips">
          {gradeBandOptions.map((o) => (
            <li key={o.value}>
              <a href={searchPath(locale, { grade: o.value })}>{o.label[locale]}</a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="by-competence">
        <h2 id="by-competence">{t.home.byCompetence}</h2>
        {frameworks.map((f) => (
          <div key={f.key} className="field">
            <h3>{f.title}</h3>
            <ul className="chips">
              {competences
                .filter((c) => c.framework === f.key)
                .map((c) => (
                  <li key={String(c.id)}>
                    <a href={searchPath(locale, { competence: String(c.code) })}>
                      {String(c.code)} {String(c.name)}
                    </a>
                  </li>
                ))}
            </ul>
          </div>
        ))}
        <p>
          <a href={`/${locale}/competences`}>{t.competences.title} →</a>
        </p>
      </section>

      <section aria-labelledby="recent">
        <h2 id="recent">{t.home.recent}</h2>
        {recent.length ? (
          <ul className="cards">
            {recent.map((card) => (
              <ItemCard
                key={`${card.collection}:${card.id}`}
                card={card}
                locale={locale}
                rating={ratings[`${card.collection}:${card.id}`]}
              />
            ))}
          </ul>
        ) : (
          <p className="empty">{t.home.noRecent}</p>
        )}
      </section>

      <section aria-labelledby="city-map">
        <h2 id="city-map">{t.home.mapTitle}</h2>
        <div className="teaser">
          <div>
            <p>{t.home.mapText}</p>
            <p>
              <strong>{format(t.home.placesCount, { count: places.length })}</strong>
            </p>
            <a className="button" href={`/${locale}/map`}>
              {t.home.mapLink}
            </a>
          </div>
          <PlacesMap
            locale={locale}
            places={places}
            schools={[]}
            tileUrl={env().MAP_TILE_URL}
            compact
          />
        </div>
      </section>
    </>
  )
}

export default Home

import type { Metadata } from 'next'

import { RatingBadge } from '../../../../components/portal/RatingBadge.js'
import { first, resolveLocale } from '../../../../components/portal/route.js'
import { SearchFilters } from '../../../../components/portal/SearchFilters.js'
import { isDomainError } from '../../../../errors.js'
import { gradeBandOptions } from '../../../../fields/vocabularies.js'
import { listSchools, topCompetences } from '../../../../portal/data.js'
import { format, messages, optionLabel } from '../../../../portal/i18n.js'
import { portalPayload } from '../../../../portal/payload.js'
import { searchPath, type QueryState } from '../../../../portal/urls.js'
import { parseSearchParams, searchContent, type SearchResponse } from '../../../../search/index.js'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const PAGE_SIZE = 10
/** The parameters the page keeps in its URL; anything else is dropped rather than refused. */
const KEYS = [
  'q',
  'type',
  'grade',
  'competence',
  'subject',
  'licence',
  'free',
  'fitsDevices',
  'page',
] as const

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({
  title: messages(await resolveLocale(params)).search.title,
})

const SearchPage = async ({ params, searchParams }: Props) => {
  const locale = await resolveLocale(params)
  const t = messages(locale)
  const query = await searchParams
  const state: QueryState = Object.fromEntries(
    KEYS.map((key) => [key, key === 'type' ? query[key] : first(query[key])]).filter(([, v]) => v),
  )
  const payload = await portalPayload()
  const [competences, schools] = await Promise.all([
    topCompetences(payload, locale),
    listSchools(payload, locale),
  ])

  let result: SearchResponse | null = null
  let problem: string | null = null
  try {
    result = await searchContent(
      payload,
      parseSearchParams({ ...state, locale, limit: String(PAGE_SIZE) }),
    )
  } catch (error) {
    if (isDomainError(error)) {
      problem = format(t.search.error, { message: error.message })
    } else {
      payload.logger.error({ err: error }, 'portal search failed')
      problem = t.search.unavailable
    }
  }
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1
  const page = result?.page ?? 1

  return (
    <>
      <h1>{t.search.title}</h1>
      <form role="search" method="get" action={`/${locale}/search`} className="search-bar field">
        <div>
          <label htmlFor="search-q">{t.search.label}</label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={first(state.q) ?? ''}
            placeholder={t.search.placeholder}
            autoComplete="off"
          />
        </div>
        {KEYS.filter((k) => k !== 'q' && k !== 'page').flatMap((key) =>
          (Array.isArray(state[key])
            ? (state[key] as string[])
            : state[key]
              ? [state[key] as string]
              : []
          ).map((value) => (
            <input key={`${key}=${value}`} type="hidden" name={key} value={value} />
          )),
        )}
        <button type="submit">{t.search.submit}</button>
      </form>

      <div className="search-layout">
        <SearchFilters
          locale={locale}
          state={state}
          facets={result?.facets ?? null}
          competences={competences}
          schools={schools}
        />
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="visually-hidden">
            {t.search.title}
          </h2>
          {problem ? (
            <p className="notice error" role="alert">
              {problem}
            </p>
          ) : null}
          {result ? (
            <>
              <p role="status" data-testid="result-count">
                {result.total === 1
                  ? t.search.oneResult
                  : format(t.search.results, { count: result.total })}
              </p>
              {result.hits.length === 0 ? <p className="empty">{t.search.noResults}</p> : null}
              {result.didYouMean ? (
                <p className="did-you-mean" data-testid="did-you-mean">
                  {t.search.didYouMean}{' '}
                  <a href={`?q=${encodeURIComponent(result.didYouMean)}`}>{result.didYouMean}</a>?
                </p>
              ) : null}
              <ol className="results" data-testid="results">
                {result.hits.map((hit) => (
                  <li key={`${hit.type}:${hit.id}`} className="card hit">
                    <span className="type-label">{t.types[hit.type]}</span>
                    <h3>
                      <a href={hit.url} dangerouslySetInnerHTML={{ __html: hit.snippets.title }} />
                    </h3>
                    {hit.snippets.summary ? (
                      <p
                        className="snippet"
                        dangerouslySetInnerHTML={{ __html: hit.snippets.summary }}
                      />
                    ) : null}
                    <div className="meta">
                      {hit.district ? <span className="chip">{hit.district}</span> : null}
                      {hit.gradeBands.map((band) => (
                        <span className="chip" key={band}>
                          {optionLabel(gradeBandOptions, band, locale)}
                        </span>
                      ))}
                      {/* The hit carries its rating: the search index is updated when a rating changes. */}
                      <RatingBadge summary={hit.rating} locale={locale} />
                    </div>
                  </li>
                ))}
              </ol>
              {pages > 1 ? (
                <nav className="pager" aria-label={t.search.pagination}>
                  {page > 1 ? (
                    <a href={searchPath(locale, { ...state, page: String(page - 1) })} rel="prev">
                      ← {t.search.previous}
                    </a>
                  ) : (
                    <span />
                  )}
                  <span>{format(t.search.page, { page, pages })}</span>
                  {page < pages ? (
                    <a href={searchPath(locale, { ...state, page: String(page + 1) })} rel="next">
                      {t.search.next} →
                    </a>
                  ) : (
                    <span />
                  )}
                </nav>
              ) : null}
            </>
          ) : null}
        </section>
      </div>
    </>
  )
}

export default SearchPage

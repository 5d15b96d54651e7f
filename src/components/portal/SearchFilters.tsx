import { CONTENT_COLLECTIONS } from '../../../collections/slugs.js'
import { PROGRAM_RATIOS } from '../../devices/ratios.js'
import { gradeBandOptions, licenceOptions, subjectOptions } from '../../fields/vocabularies.js'
import type { Locale } from '../../localization.js'
import type { Doc, SchoolSummary } from '../../portal/data.js'
import { format, messages } from '../../portal/i18n.js'
import type { QueryState } from '../../portal/urls.js'
import type { SearchResponse } from '../../search/index.js'
import { first } from './route.js'

type Props = {
  locale: Locale
  state: QueryState
  facets: SearchResponse['facets'] | null
  competences: Doc[]
  schools: SchoolSummary[]
}

const withCount = (label: string, count: number | undefined) =>
  count === undefined ? label : `${label} (${count})`

/**
 * The facet filters as a plain GET form: it works without JavaScript, and the state it produces is
 * the URL, so a search can be shared.
 */
export const SearchFilters = ({ locale, state, facets, competences, schools }: Props) => {
  const t = messages(locale)
  const types = new Set(Array.isArray(state.type) ? state.type : state.type ? [state.type] : [])
  const select = (name: string, label: string, options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={first(state[name]) ?? ''}>
        <option value="">{t.search.any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <form
      className="filters"
      method="get"
      action={`/${locale}/search`}
      aria-labelledby="filters-title"
    >
      <h2 id="filters-title">{t.search.filters}</h2>
      <input type="hidden" name="q" value={first(state.q) ?? ''} />
      <fieldset>
        <legend>{t.search.type}</legend>
        {CONTENT_COLLECTIONS.map((type) => (
          <label className="checkbox" key={type}>
            <input type="checkbox" name="type" value={type} defaultChecked={types.has(type)} />
            {withCount(t.typesPlural[type], facets?.type[type] ?? (facets ? 0 : undefined))}
          </label>
        ))}
      </fieldset>
      {select(
        'grade',
        t.search.grade,
        gradeBandOptions.map((o) => ({
          value: o.value,
          label: withCount(o.label[locale], facets?.grade[o.value]),
        })),
      )}
      {select(
        'competence',
        t.search.competence,
        competences.map((c) => ({
          value: String(c.code),
          label: withCount(
            `${String(c.code)} ${String(c.name)}`,
            facets?.competence[String(c.code)],
          ),
        })),
      )}
      {select(
        'subject',
        t.search.subject,
        subjectOptions.map((o) => ({ value: o.value, label: o.label[locale] })),
      )}
      {select(
        'licence',
        t.search.licence,
        licenceOptions.map((o) => ({
          value: o.value,
          label: withCount(o.label[locale], facets?.licence[o.value]),
        })),
      )}
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            name="free"
            value="true"
            defaultChecked={first(state.free) === 'true'}
          />
          {t.search.freeOnly}
        </label>
      </div>
      {select('fitsDevices', t.search.fitsDevices, [
        ...gradeBandOptions
          .filter((o) => PROGRAM_RATIOS[o.value as keyof typeof PROGRAM_RATIOS] !== undefined)
          .map((o) => ({
            value: o.value,
            label: format(t.search.fitsGrade, { grade: o.label[locale] }),
          })),
        ...schools.map((s) => ({
          value: String(s.id),
          label: format(t.search.fitsSchool, { school: s.name }),
        })),
      ])}
      <div className="search-bar">
        <button type="submit">{t.search.apply}</button>
        <a
          className="button secondary"
          href={`/${locale}/search${first(state.q) ? `?q=${encodeURIComponent(first(state.q)!)}` : ''}`}
        >
          {t.search.clear}
        </a>
      </div>
    </form>
  )
}

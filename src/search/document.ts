import type { ContentCollection } from '../../collections/slugs.js'
import { plainText } from '../fields/richText.js'
import { LOCALES, type Locale } from '../localization.js'
import { baseForms } from './analysis/index.js'
import { compoundEndings } from './analysis/endings.js'
import type { SearchDocument } from './types.js'

/** The portal's path segment per collection: `/<locale>/<segment>/<slug>`. */
const PORTAL_SEGMENT: Record<ContentCollection, string> = {
  'pedagogical-models': 'models',
  'digital-materials': 'materials',
  'learning-environments': 'places',
  pilots: 'pilots',
}

export const documentId = (
  type: ContentCollection,
  itemId: string | number,
  locale: Locale,
): string => `${type}:${itemId}:${locale}`

/** The ids of every locale's document for one item: what a remove must delete. */
export const documentIds = (type: ContentCollection, itemId: string | number): string[] =>
  LOCALES.map((locale) => documentId(type, itemId, locale))

type Raw = Record<string, unknown>

const isLocaleMap = (value: unknown): value is Partial<Record<Locale, unknown>> =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((k) => (LOCALES as readonly string[]).includes(k))

/**
 * A localized value in one locale. Accepts a document read in that locale or with `locale: 'all'`
 * (`{ fi, sv, en }`), and falls back to Finnish as Payload's own fallback does.
 */
const inLocale = (value: unknown, locale: Locale): unknown => {
  if (!isLocaleMap(value)) return value
  const own = value[locale]
  return own === undefined || own === null || own === '' ? value.fi : own
}

const str = (value: unknown, locale: Locale): string => {
  const v = inLocale(value, locale)
  return typeof v === 'string' ? v.trim() : ''
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : []

const related = (value: unknown): Raw[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (v): v is Raw => !!v && typeof v === 'object' && !Array.isArray(v),
  )

/** Competence codes from the area up to its root, as far as the populated depth reaches. */
const lineage = (area: Raw): string[] => {
  const codes: string[] = []
  for (let node: Raw | undefined = area; node;) {
    if (typeof node.code === 'string') codes.push(node.code)
    node = related(node.parent)[0]
  }
  return codes
}

/** Compound endings, kept here for the Meilisearch adapter's `parts` (see `compoundEndings`). */
export const compoundParts = compoundEndings

const NO_RATINGS: SearchDocument['rating'] = { average: null, count: 0 }

/**
 * The search document of an item in a locale, or null when the item must not be searchable (it is
 * not published). Pure: the caller reads the item (depth 2, so that competence parents and the
 * device profile are objects) and decides what to do with null. `drafts` is for the editors'
 * database-backed `status=any` search only; nothing it returns is ever indexed. `rating` is the
 * item's rating summary, read by the caller in the same batch.
 */
export const toSearchDocument = (
  type: ContentCollection,
  doc: Raw,
  locale: Locale,
  {
    drafts = false,
    rating = NO_RATINGS,
  }: { drafts?: boolean; rating?: SearchDocument['rating'] } = {},
): SearchDocument | null => {
  if ((!drafts && doc._status !== 'published') || doc.id === undefined || doc.id === null)
    return null
  const areas = related(doc.competenceAreas)
  const lineages = areas.map(lineage).filter((l) => l.length > 0)
  const profile = related(doc.deviceProfile)[0]
  const location = doc.location as { lat?: unknown; lng?: unknown } | null | undefined
  const title = str(doc.title, locale)
  const summary = str(doc.summary, locale) || str(doc.description, locale)
  const richBody = inLocale(type === 'pedagogical-models' ? doc.body : doc.description, locale)
  const text = [
    typeof richBody === 'string' ? '' : plainText(richBody),
    str(doc.theme, locale),
    str(doc.outcomes, locale),
    strings(inLocale(doc.themes, locale)).join(', '),
    typeof doc.provider === 'string' ? doc.provider : '',
  ]
    .filter(Boolean)
    .join('\n\n')
  const competenceNames = areas.map((a) => str(a.name, locale)).filter(Boolean)
  const district = typeof doc.district === 'string' ? doc.district : ''
  const cost = typeof doc.cost === 'string' ? doc.cost : undefined
  const slug = typeof doc.slug === 'string' ? doc.slug : String(doc.id)
  const updatedAt = Date.parse(String(doc.updatedAt ?? ''))
  return {
    id: documentId(type, String(doc.id), locale),
    itemId: String(doc.id),
    type,
    locale,
    slug,
    title,
    summary,
    text,
    gradeBands: strings(doc.gradeBands),
    subjects: strings(doc.subjects),
    competenceCodes: [...new Set(lineages.flat())],
    competenceTop: [...new Set(lineages.map((l) => l[l.length - 1]!))],
    competenceNames,
    baseForms: baseForms(
      [title, summary, competenceNames.join('\n'), district, text].join('\n'),
      locale,
    ).join(' '),
    devicesPerPupil: typeof profile?.devicesPerPupil === 'number' ? profile.devicesPerPupil : 0,
    deviceKinds: strings(profile?.deviceKinds),
    location:
      typeof location?.lat === 'number' && typeof location?.lng === 'number'
        ? { lat: location.lat, lng: location.lng }
        : null,
    district,
    kind: typeof doc.kind === 'string' ? doc.kind : '',
    licence: typeof doc.licence === 'string' ? doc.licence : '',
    // Models and pilots are the city's own open content; materials and sites say what they cost.
    free: type === 'pedagogical-models' || type === 'pilots' ? true : cost === 'free',
    languages: strings(doc.languages),
    accessibility: strings(doc.accessibilityFeatures ?? doc.accessibility),
    updatedAt: Number.isFinite(updatedAt) ? updatedAt : 0,
    url: `/${locale}/${PORTAL_SEGMENT[type]}/${encodeURIComponent(slug)}`,
    rating: { average: rating.average, count: rating.count },
  }
}

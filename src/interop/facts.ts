import type { ContentCollection } from '../../collections/slugs.js'
import { plainText } from '../fields/richText.js'
import {
  gradeBandOptions,
  licenceUrl,
  subjectOptions,
  type Licence,
} from '../fields/vocabularies.js'
import type { Label } from '../fields/labels.js'
import { LOCALES, type Locale } from '../localization.js'

/** A value in one locale per language, as read with `locale: 'all'` or in a single locale. */
export type Texts = Partial<Record<Locale, string>>

export type CompetenceFact = {
  id: number | string
  code: string
  framework: string
  names: Texts
}

/**
 * What the open interfaces say about an item, taken from a stored document once, so that OAI-PMH,
 * JSON-LD and the sitemap describe it the same way.
 */
export type ResourceFacts = {
  collection: ContentCollection
  id: number | string
  slug: string | null
  titles: Texts
  descriptions: Texts
  gradeBands: string[]
  subjects: string[]
  competences: CompetenceFact[]
  licence: Licence | null
  licenceUrl: string | null
  /** The material's resource type (a vocabulary value), or the kind of item. */
  resourceType: string
  languages: string[]
  accessibility: string[]
  durationMinutes: number | null
  free: boolean | null
  authors: string[]
  provider: string | null
  url: string | null
  publishedAt: string | null
  updatedAt: string | null
  place: {
    lat: number
    lng: number
    street: string | null
    postalCode: string | null
    locality: string | null
    kind: string | null
  } | null
}

type Doc = Record<string, unknown> & { id: number | string }

const isLocaleMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((k) => (LOCALES as readonly string[]).includes(k))

/** Texts from a localized field read in all locales, or from one read in `locale`. */
export const textsOf = (
  value: unknown,
  locale: Locale,
  toText = (v: unknown) => (typeof v === 'string' ? v : ''),
): Texts => {
  const entries = isLocaleMap(value) ? Object.entries(value) : [[locale, value] as const]
  return Object.fromEntries(
    entries.map(([l, v]) => [l, toText(v).trim()] as const).filter(([, v]) => v !== ''),
  ) as Texts
}

/** The text in `locale`, else Finnish, else any. */
export const textIn = (texts: Texts, locale: Locale): string =>
  texts[locale] ?? texts.fi ?? Object.values(texts)[0] ?? ''

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []

const str = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null

const populated = (value: unknown): Doc[] =>
  Array.isArray(value)
    ? value.filter((v): v is Doc => typeof v === 'object' && v !== null && 'id' in v)
    : []

const richOrPlain = (value: unknown): string =>
  typeof value === 'string' ? value : plainText(value)

const RESOURCE_KIND: Record<ContentCollection, string> = {
  'pedagogical-models': 'pedagogical-model',
  'digital-materials': 'material',
  'learning-environments': 'learning-environment',
  pilots: 'pilot',
}

/**
 * Facts from a published document read at depth 1 (competence areas and authors populated), in
 * one locale or in all of them. `locale` names the language of a single-locale read.
 */
export const factsOf = (
  collection: ContentCollection,
  doc: Doc,
  locale: Locale = 'fi',
): ResourceFacts => {
  const licence = (str(doc.licence) as Licence | null) ?? null
  const description = doc.summary ?? doc.description
  const location = doc.location as { lat?: unknown; lng?: unknown } | undefined
  const address = (doc.address ?? {}) as Record<string, unknown>
  const cost = str(doc.cost)
  return {
    collection,
    id: doc.id,
    slug: str(doc.slug),
    titles: textsOf(doc.title, locale),
    descriptions: textsOf(description, locale, richOrPlain),
    gradeBands: strings(doc.gradeBands),
    subjects: strings(doc.subjects),
    competences: populated(doc.competenceAreas).map((c) => ({
      id: c.id,
      code: String(c.code ?? ''),
      framework: String(c.framework ?? ''),
      names: textsOf(c.name, locale),
    })),
    licence,
    licenceUrl: licence ? (licenceUrl[licence] ?? null) : null,
    resourceType: str(doc.resourceType) ?? RESOURCE_KIND[collection],
    languages: strings(doc.languages).filter((l) => l !== 'other'),
    accessibility: strings(doc.accessibilityFeatures ?? doc.accessibility),
    durationMinutes: typeof doc.durationMinutes === 'number' ? doc.durationMinutes : null,
    free: cost
      ? cost === 'free'
      : collection === 'pedagogical-models' || collection === 'pilots'
        ? true
        : null,
    authors: populated(doc.authors)
      .map((a) => str(a.name))
      .filter((n): n is string => n !== null),
    provider: str(doc.provider),
    url: str(doc.url) ?? str(doc.website),
    publishedAt: str(doc.publishedAt),
    updatedAt: str(doc.updatedAt),
    place:
      typeof location?.lat === 'number' && typeof location.lng === 'number'
        ? {
            lat: location.lat,
            lng: location.lng,
            street: str(address.street),
            postalCode: str(address.postalCode),
            locality: str(address.locality),
            kind: str(doc.kind),
          }
        : null,
  }
}

const labelMap = (options: { value: string; label: Label }[]) =>
  new Map(options.map((o) => [o.value, o.label]))
const GRADE_LABELS = labelMap(gradeBandOptions)
const SUBJECT_LABELS = labelMap(subjectOptions)

export const gradeBandLabel = (band: string, locale: Locale): string =>
  GRADE_LABELS.get(band)?.[locale] ?? band
export const subjectLabel = (subject: string, locale: Locale): string =>
  SUBJECT_LABELS.get(subject)?.[locale] ?? subject

/** The competence frameworks as the interfaces name them. */
export const FRAMEWORK_NAMES: Record<string, string> = {
  digcompedu: 'DigCompEdu: European Framework for the Digital Competence of Educators',
  transversal: 'Finnish core curriculum: transversal competences L1–L7',
  city: 'Learning City frame of reference',
}
export const frameworkName = (framework: string): string => FRAMEWORK_NAMES[framework] ?? framework

/** The IRI of a framework: the REST query that lists its terms. */
export const frameworkUrl = (serverUrl: string, framework: string): string =>
  `${serverUrl.replace(/\/+$/, '')}/api/competence-areas?where%5Bframework%5D%5Bequals%5D=${encodeURIComponent(framework)}`

/** ISO 8601 duration for `timeRequired`. */
export const isoDuration = (minutes: number): string => `PT${Math.round(minutes)}M`

const ACCESSIBILITY_TERMS: Record<string, string> = {
  'audio-description': 'audioDescription',
  'alternative-text': 'alternativeText',
  'sign-language': 'signLanguage',
  'adjustable-text': 'displayTransformability',
  'easy-language': 'simplifiedVersion',
}

/** The schema.org `accessibilityFeature` value for a vocabulary value (camelCase otherwise). */
export const accessibilityTerm = (value: string): string =>
  ACCESSIBILITY_TERMS[value] ?? value.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())

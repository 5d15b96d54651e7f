import type { ContentCollection } from '../../../collections/slugs.js'
import { environmentKindOptions } from '../../fields/vocabularies.js'
import type { Locale } from '../../localization.js'
import {
  accessibilityTerm,
  factsOf,
  frameworkName,
  frameworkUrl,
  gradeBandLabel,
  isoDuration,
  subjectLabel,
  textIn,
  type ResourceFacts,
} from '../facts.js'
import { apiUrl, oaiIdentifier, portalUrl } from '../urls.js'

export { bundledDocumentLoader, SCHEMA_ORG_CONTEXT } from './context.js'

export type JsonLd = { '@context': string; '@type': string; '@id': string } & Record<
  string,
  unknown
>

export type JsonLdOptions = { collection: ContentCollection; locale: Locale; serverUrl: string }

const TYPES: Record<ContentCollection, string> = {
  'pedagogical-models': 'LearningResource',
  'digital-materials': 'LearningResource',
  'learning-environments': 'Place',
  // A pilot is a documented trial, not a resource to learn from.
  pilots: 'CreativeWork',
}

const KIND_LABELS = new Map<string, { en: string }>(
  environmentKindOptions.map((o) => [o.value, o.label]),
)

/** Drops empty values so that documents carry only what is known. */
const compact = (value: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
    ),
  )

const gradeBandSet = (serverUrl: string) => ({
  '@id': `${serverUrl.replace(/\/+$/, '')}/api/openapi.json#/components/schemas/GradeBand`,
  '@type': 'DefinedTermSet',
  name: 'Learning City grade bands',
})

const educational = (f: ResourceFacts, locale: Locale, serverUrl: string) => ({
  educationalLevel: f.gradeBands.map((band) => ({
    '@type': 'DefinedTerm',
    termCode: band,
    name: gradeBandLabel(band, locale),
    inDefinedTermSet: gradeBandSet(serverUrl),
  })),
  teaches: f.competences.map((c) => ({
    '@type': 'DefinedTerm',
    '@id': apiUrl(serverUrl, 'competence-areas', c.id),
    termCode: c.code,
    name: textIn(c.names, locale),
    inDefinedTermSet: {
      '@id': frameworkUrl(serverUrl, c.framework),
      '@type': 'DefinedTermSet',
      name: frameworkName(c.framework),
    },
  })),
  educationalAlignment: f.competences.map((c) => ({
    '@type': 'AlignmentObject',
    alignmentType: 'teaches',
    educationalFramework: frameworkName(c.framework),
    targetName: `${c.code} ${textIn(c.names, locale)}`.trim(),
    targetUrl: apiUrl(serverUrl, 'competence-areas', c.id),
  })),
  about: f.subjects.map((s) => subjectLabel(s, locale)),
})

/**
 * The schema.org JSON-LD of a published item read at depth 1 in `locale`: models and materials
 * are LearningResources with LRMI properties, learning environments Places. Pure, so that the
 * portal can embed it in detail pages.
 */
export const toJsonLd = (
  doc: Record<string, unknown> & { id: number | string },
  options: JsonLdOptions,
): JsonLd => {
  const { collection, locale, serverUrl } = options
  const f = factsOf(collection, doc, locale)
  const page = f.slug ? portalUrl(serverUrl, collection, f.slug, locale) : null
  const common = {
    '@context': 'https://schema.org',
    '@type': TYPES[collection],
    '@id': apiUrl(serverUrl, collection, f.id),
    identifier: oaiIdentifier(serverUrl, collection, f.id),
    name: textIn(f.titles, locale),
    description: textIn(f.descriptions, locale),
    mainEntityOfPage: page,
    isAccessibleForFree: f.free,
    datePublished: f.publishedAt,
    dateModified: f.updatedAt,
  }
  if (collection === 'learning-environments') {
    return compact({
      ...common,
      url: f.url ?? page,
      additionalType: f.place?.kind ? KIND_LABELS.get(f.place.kind)?.en : null,
      publicAccess: true,
      geo: f.place
        ? { '@type': 'GeoCoordinates', latitude: f.place.lat, longitude: f.place.lng }
        : null,
      address: f.place
        ? compact({
            '@type': 'PostalAddress',
            streetAddress: f.place.street,
            postalCode: f.place.postalCode,
            addressLocality: f.place.locality,
            addressCountry: 'FI',
          })
        : null,
      accessibilityFeature: f.accessibility.map(accessibilityTerm),
    }) as JsonLd
  }
  return compact({
    ...common,
    url: f.url ?? page,
    inLanguage: f.languages.length ? f.languages : [locale],
    learningResourceType: collection === 'pilots' ? null : f.resourceType,
    temporalCoverage:
      typeof doc.schoolYear === 'string'
        ? doc.schoolYear.replace(/^(\d{4})[–-](\d{2})$/, '$1/20$2')
        : null,
    license: f.licenceUrl,
    accessibilityFeature: f.accessibility.map(accessibilityTerm),
    timeRequired: f.durationMinutes === null ? null : isoDuration(f.durationMinutes),
    author: f.authors.map((name) => ({ '@type': 'Person', name })),
    provider: f.provider ? { '@type': 'Organization', name: f.provider } : null,
    ...educational(f, locale, serverUrl),
  }) as JsonLd
}

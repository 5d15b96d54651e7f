import type { CollectionSlug, Payload, Where } from 'payload'

import { paragraphs } from '../fields/richText.js'
import type { Id } from '../ids.js'
import { LOCALES, type Locale } from '../localization.js'
import {
  DEMO_USERS,
  DEVICE_PROFILES,
  MATERIALS,
  MODELS,
  PILOTS,
  SCHOOLS,
  type Tri,
} from './examples.js'
import { seedDemoCredential } from './demoCredential.js'
import { seedCompetences } from './frameworks.js'
import { districtOf, gradeBandsOf, kindOf, PLACES_ATTRIBUTION, teachingPlaces } from './places.js'
import { PLACE_SUMMARIES } from './placeSummaries.js'

/** Set on every seed write, so that hooks can tell seeding apart from editing. */
export const SEED_CONTEXT = { seeding: true } as const

export type SeedOptions = {
  /** Progress lines go here. */
  log?: (line: string) => void
  /** Create one demo user per role (dev and test only: their passwords are public). */
  demoUsers?: boolean
  /** Seed the Helsinki places as learning environments (about 400 items). */
  places?: boolean
  /** With demoUsers: a completed training and its Open Badges credential for the demo teacher. */
  demoCredential?: boolean
}

type Localized<T> = Record<Locale, T>

/** Seed texts as rich text, one Lexical document per locale. */
const rich = (text: Tri): Localized<unknown> => ({
  fi: paragraphs(text.fi),
  sv: paragraphs(text.sv),
  en: paragraphs(text.en),
})
type Doc = { id: Id } & Record<string, unknown>

const OTHER_LOCALES = LOCALES.filter((l) => l !== 'fi') as Exclude<Locale, 'fi'>[]

/**
 * Writes the reference data and the example content; safe to run again (every item is found by a
 * stable key first). Returns how many items it created.
 */
export const seed = async (payload: Payload, options: SeedOptions = {}): Promise<number> => {
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  let created = 0
  const common = { overrideAccess: true, context: SEED_CONTEXT, depth: 0 } as const

  const findOne = async (collection: CollectionSlug, where: Where): Promise<Doc | undefined> => {
    const [doc] = (
      await payload.find({
        ...common,
        collection,
        where,
        limit: 1,
        pagination: false,
        draft: false,
      })
    ).docs
    return doc && { ...doc }
  }

  /** Creates in Finnish, then writes the Swedish and English values of the localized fields. */
  const upsert = async (
    collection: CollectionSlug,
    where: Where,
    data: Record<string, unknown>,
    localized: Record<string, Localized<unknown>> = {},
  ): Promise<Doc> => {
    const existing = await findOne(collection, where)
    if (existing) return existing
    const inLocale = (locale: Locale) =>
      Object.fromEntries(Object.entries(localized).map(([key, value]) => [key, value[locale]]))
    const doc: Doc = {
      ...(await payload.create({
        ...common,
        collection,
        locale: 'fi',
        // One writer for every seeded collection: no single collection's data type fits.
        data: { ...data, ...inLocale('fi') } as never,
      })),
    }
    for (const locale of OTHER_LOCALES) {
      const values = inLocale(locale)
      const differs = Object.entries(values).some(
        ([k, v]) => JSON.stringify(v) !== JSON.stringify(inLocale('fi')[k]),
      )
      if (differs)
        await payload.update({ ...common, collection, id: doc.id, locale, data: values as never })
    }
    created++
    return doc
  }

  log('seed: competence areas (DigCompEdu, L1–L7)')
  const competenceIds = new Map<string, Id>()
  for (const c of seedCompetences()) {
    const doc = await upsert(
      'competence-areas',
      { and: [{ framework: { equals: c.framework } }, { code: { equals: c.code } }] },
      {
        framework: c.framework,
        code: c.code,
        parent: c.parentCode ? competenceIds.get(c.parentCode) : undefined,
        isTranslation: c.isTranslation,
      },
      { name: c.name },
    )
    competenceIds.set(c.code, doc.id)
  }
  const competences = (codes: readonly string[]) => codes.map((code) => competenceIds.get(code)!)

  log('seed: device profiles')
  const deviceIds = new Map<string, Id>()
  for (const { key, name, ...profile } of DEVICE_PROFILES) {
    const doc = await upsert(
      'device-profiles',
      { name: { equals: name.fi } },
      { ...profile, deviceKinds: [...profile.deviceKinds] },
      { name },
    )
    deviceIds.set(key, doc.id)
  }

  log('seed: example schools')
  const schoolIds: Id[] = []
  for (const { name, ...school } of SCHOOLS) {
    const doc = await upsert(
      'schools',
      { name: { equals: name.fi } },
      { ...school, isExample: true },
      { name },
    )
    schoolIds.push(doc.id)
  }

  const userIds = new Map<string, Id>()
  if (options.demoUsers) {
    log('seed: demo users')
    for (const user of DEMO_USERS) {
      const doc = await upsert(
        'users',
        { email: { equals: user.email } },
        {
          ...user,
          roles: [...user.roles],
          school: user.roles.some((role) => role === 'teacher') ? schoolIds[0] : undefined,
        },
      )
      userIds.set(user.roles[0], doc.id)
    }
  }
  const expert = userIds.get('expert')

  const placeIds = new Map<string, Id>()
  if (options.places !== false) {
    const places = teachingPlaces()
    let done = 0
    for (const place of places) {
      const kind = kindOf(place)
      const name = place.name as Partial<Tri>
      const title: Tri = {
        fi: name.fi ?? name.en ?? '',
        sv: name.sv ?? name.fi ?? '',
        en: name.en ?? name.fi ?? '',
      }
      const doc = await upsert(
        'learning-environments',
        { 'source.externalId': { equals: place.sourceId } },
        {
          _status: 'published',
          kind,
          location: { lat: place.lat, lng: place.lon },
          address: place.address,
          district: districtOf(place),
          gradeBands: gradeBandsOf(kind),
          website: place.url && /^https?:\/\//.test(place.url) ? place.url : undefined,
          cost: place.tags.includes('Free') ? 'free' : undefined,
          source: { externalId: place.sourceId, attribution: PLACES_ATTRIBUTION },
          createdBy: expert,
        },
        PLACE_SUMMARIES[place.sourceId]
          ? { title, summary: PLACE_SUMMARIES[place.sourceId]! }
          : { title },
      )
      placeIds.set(place.sourceId, doc.id)
      if (++done % 50 === 0 || done === places.length)
        log(`seed: learning environments ${done}/${places.length}`)
    }
  }

  log('seed: example materials, pilots and models')
  const materialIds = new Map<string, Id>()
  for (const m of MATERIALS) {
    const doc = await upsert(
      'digital-materials',
      { slug: { equals: m.slug } },
      {
        _status: 'published',
        slug: m.slug,
        resourceType: m.resourceType,
        url: m.url,
        provider: m.provider,
        licence: m.licence,
        cost: m.cost,
        languages: m.languages,
        gradeBands: m.gradeBands,
        subjects: m.subjects,
        competenceAreas: competences(m.competences),
        deviceProfile: deviceIds.get(m.device),
        accessibilityFeatures: m.accessibility,
        dataProtection: 'approved',
        isExample: true,
        createdBy: expert,
      },
      { title: m.title, description: m.summary },
    )
    materialIds.set(m.slug, doc.id)
  }
  const pilotIds = new Map<string, Id>()
  for (const p of PILOTS) {
    const doc = await upsert(
      'pilots',
      { slug: { equals: p.slug } },
      {
        _status: 'published',
        slug: p.slug,
        schoolYear: p.schoolYear,
        schools: p.schools.map((i) => schoolIds[i]),
        competenceAreas: competences(p.competences),
        isExample: true,
        createdBy: expert,
      },
      { title: p.title, summary: p.summary, description: rich(p.body), theme: p.theme },
    )
    pilotIds.set(p.slug, doc.id)
  }
  for (const m of MODELS) {
    await upsert(
      'pedagogical-models',
      { slug: { equals: m.slug } },
      {
        _status: 'published',
        slug: m.slug,
        gradeBands: m.gradeBands,
        subjects: m.subjects,
        competenceAreas: competences(m.competences),
        deviceProfile: deviceIds.get(m.device),
        durationMinutes: m.durationMinutes,
        licence: 'cc-by',
        learningEnvironments: m.places.map((s) => placeIds.get(s)).filter(Boolean),
        materials: m.materials.map((s) => materialIds.get(s)),
        pilots: m.pilots.map((s) => pilotIds.get(s)),
        authors: expert ? [expert] : [],
        isExample: true,
        createdBy: expert,
      },
      { title: m.title, summary: m.summary, body: rich(m.body) },
    )
  }
  const teacher = userIds.get('teacher')
  if (options.demoCredential && expert && teacher) {
    log('seed: a completed training and its credential for the demo teacher')
    if (
      await seedDemoCredential(
        payload,
        { expert, teacher, competences: competences(['4.1', '2.1']) },
        SEED_CONTEXT,
      )
    )
      created++
  }
  await payload.kv.set(SEEDED_KEY, { at: new Date().toISOString() })
  log(`seed: done, ${created} items created`)
  return created
}

/** Written by the last step of a seed, in Payload's key-value store. */
export const SEEDED_KEY = 'learning-city:seeded'

/**
 * True until a seed has run to its end. A first start stopped halfway through seeding (a restart,
 * a kill) is completed on the next start: the seed skips what already exists.
 */
export const needsSeed = async (payload: Payload): Promise<boolean> =>
  !(await payload.kv.has(SEEDED_KEY))

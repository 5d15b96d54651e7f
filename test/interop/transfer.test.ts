import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { transform } from '../../src/interop/transfer/fields.js'
import {
  exportContent,
  importContent,
  TRANSFER_COLLECTIONS,
  TransferError,
  type ExportFile,
} from '../../src/interop/transfer/index.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp
const SOURCE = 'https://source.example.org'

/** Content with ids replaced through `ids` (source id → local id), sorted, so that two databases compare. */
const normalize = (file: ExportFile, ids?: Record<string, Record<string, number | string>>) =>
  Object.fromEntries(
    TRANSFER_COLLECTIONS.map((collection) => {
      const fields = t.payload.collections[collection].config.flattenedFields
      const map = (target: string, id: unknown) => (ids ? ids[target]?.[String(id)] : id)
      const docs = file.collections[collection].map((doc) => ({
        id: String(map(collection, doc.id)),
        ...transform(fields, doc, { map }),
      }))
      return [collection, docs.sort((a, b) => a.id.localeCompare(b.id))]
    }),
  )

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      TRANSFER_COLLECTIONS.map(
        async (c) =>
          [c, (await t.payload.count({ collection: c, overrideAccess: true })).totalDocs] as const,
      ),
    ),
  )

beforeAll(async () => {
  t = await initTestApp()
  const expert = await t.as('expert')
  // An expert's draft, and a published place in three languages.
  const draft = await t.http
    .post('/api/pedagogical-models?locale=fi')
    .set(expert)
    .send({ title: 'Luonnos', gradeBands: ['7-9'] })
  expect(draft.status).toBe(201)
  const editor = await t.as('editor')
  const place = await t.http
    .post('/api/learning-environments?locale=fi')
    .set(editor)
    .send({
      _status: 'published',
      title: 'Kirjasto Oodi',
      kind: 'library',
      location: { lat: 60.1738, lng: 24.9381 },
      address: { street: 'Töölönlahdenkatu 4', postalCode: '00100', locality: 'Helsinki' },
      themes: ['lukeminen', 'media'],
    })
  expect(place.status).toBe(201)
  for (const [locale, title, themes] of [
    ['sv', 'Centrumbiblioteket Ode', ['läsning']],
    ['en', 'Central Library Oodi', ['reading']],
  ] as const) {
    const res = await t.http
      .patch(`/api/learning-environments/${place.body.doc.id}?locale=${locale}`)
      .set(editor)
      .send({ title, themes })
    expect(res.status).toBe(200)
  }
})
afterAll(async () => {
  await t?.close()
})

describe('export and import', () => {
  it('exports all locales and relations, and no secrets', async () => {
    const file = await exportContent(t.payload, SOURCE)
    expect(file.format).toBe('learning-city-export')
    expect(file.locales).toEqual(['fi', 'sv', 'en'])
    const place = file.collections['learning-environments'].find(
      (d) => (d.title as Record<string, string>).fi === 'Kirjasto Oodi',
    )!
    expect(place.title).toEqual({
      fi: 'Kirjasto Oodi',
      sv: 'Centrumbiblioteket Ode',
      en: 'Central Library Oodi',
    })
    expect(place.themes).toEqual({ fi: ['lukeminen', 'media'], sv: ['läsning'], en: ['reading'] })
    const model = file.collections['pedagogical-models'].find(
      (d) => d.slug === 'example-robot-programming',
    )!
    expect((model.competenceAreas as unknown[]).length).toBe(4)
    expect(typeof (model.competenceAreas as unknown[])[0]).toBe(
      typeof file.collections['competence-areas'][0]!.id,
    )
    const text = JSON.stringify(file)
    for (const secret of ['"hash"', '"salt"', '"sessions"', '"password"', 'resetPasswordToken'])
      expect(text).not.toContain(secret)
  })

  // Three full writes of every item: slow on a shared two-core machine, hence the long timeout.
  it(
    'round-trips into an empty database with equal content, and imports again idempotently',
    { timeout: 900_000 },
    async () => {
      const first = await exportContent(t.payload, SOURCE)
      const before = await counts()
      const total = Object.values(before).reduce((a, b) => a + b, 0)
      expect(total).toBeGreaterThan(50)

      for (const collection of [
        ...[...TRANSFER_COLLECTIONS].reverse(),
        'import-sources',
        'oai-deletions',
      ] as CollectionSlug[]) {
        await t.payload.delete({
          collection,
          where: { id: { exists: true } },
          overrideAccess: true,
        })
      }
      expect(Object.values(await counts())).toEqual(TRANSFER_COLLECTIONS.map(() => 0))

      const progress: string[] = []
      const summary = await importContent(
        t.payload,
        JSON.parse(JSON.stringify(first)),
        (c, done, n) => {
          if (done === n) progress.push(`${c} ${done}/${n}`)
        },
      )
      expect(summary.created).toBe(total)
      expect(summary.updated).toBe(0)
      expect(progress).toEqual(
        TRANSFER_COLLECTIONS.filter((c) => before[c]! > 0).map(
          (c) => `${c} ${before[c]}/${before[c]}`,
        ),
      )
      expect(await counts()).toEqual(before)

      const second = await exportContent(t.payload, SOURCE)
      expect(normalize(second)).toEqual(normalize(first, summary.ids))

      const again = await importContent(t.payload, first)
      expect(again).toMatchObject({ created: 0, updated: total })
      expect(again.ids).toEqual(summary.ids)
      expect(await counts()).toEqual(before)
      expect(normalize(await exportContent(t.payload, SOURCE))).toEqual(normalize(second))

      // The draft stayed a draft, the published items stayed published.
      const draft = second.collections['pedagogical-models'].find(
        (d) => (d.title as Record<string, string>).fi === 'Luonnos',
      )!
      expect(draft._status).toBe('draft')
      expect(draft.title).toEqual({ fi: 'Luonnos' })
      expect(draft.gradeBands).toEqual(['7-9'])
    },
  )

  it('refuses a file that is not an export', async () => {
    await expect(importContent(t.payload, { hello: 'world' })).rejects.toThrow(TransferError)
    await expect(importContent(t.payload, { hello: 'world' })).rejects.toThrow(
      'Not a Learning City export file (format "learning-city-export", version 1).',
    )
  })
})

import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CONTENT_COLLECTIONS, type ContentCollection } from '../../collections/slugs.js'
import { initTestApp, type TestApp } from '../helpers/app.js'
import { NOT_ALLOWED, NOT_FOUND } from './support/accessMatrix.js'
import { addDraft, type Id, makeItem, userId } from './support/content.js'

/**
 * Draft-leak attempts on every read surface. Each collection holds a draft that was never
 * published and a published item with a newer draft on top; readers must see the published text
 * only and never a word of the drafts.
 */
let t: TestApp
type Fixture = { draftOnly: Id; published: Id; versionIds: Id[] }
const fixtures = {} as Record<ContentCollection, Fixture>

const DRAFT_ONLY = (c: string) => `Secret draft-only ${c}`
const PUBLISHED = (c: string) => `Published ${c}`
const NEWER_DRAFT = (c: string) => `Unreviewed newer draft ${c}`

/** GraphQL names, as Payload derives them from the slugs. */
const GRAPHQL: Record<ContentCollection, { one: string; many: string }> = {
  'pedagogical-models': { one: 'PedagogicalModel', many: 'PedagogicalModels' },
  'digital-materials': { one: 'DigitalMaterial', many: 'DigitalMaterials' },
  'learning-environments': { one: 'LearningEnvironment', many: 'LearningEnvironments' },
  pilots: { one: 'Pilot', many: 'Pilots' },
}

let placeId: Id

beforeAll(async () => {
  t = await initTestApp()
  const expert = await userId(t.payload, 'expert@example.org')
  for (const c of CONTENT_COLLECTIONS) {
    const draftOnly = await makeItem(t.payload, c, {
      by: expert,
      status: 'draft',
      title: DRAFT_ONLY(c),
    })
    const published = await makeItem(t.payload, c, {
      by: expert,
      status: 'published',
      title: PUBLISHED(c),
    })
    await addDraft(t.payload, c, published.id, NEWER_DRAFT(c))
    const versions = await t.payload.findVersions({
      collection: c as CollectionSlug,
      where: { parent: { in: [draftOnly.id, published.id] } },
    })
    fixtures[c] = {
      draftOnly: draftOnly.id,
      published: published.id,
      versionIds: versions.docs.map((v) => v.id),
    }
  }
  // A published place that a draft model links to: the join must not show the draft.
  placeId = fixtures['learning-environments'].published
  await t.payload.update({
    collection: 'pedagogical-models',
    id: fixtures['pedagogical-models'].draftOnly,
    data: { learningEnvironments: [placeId] },
    draft: true,
  })
})
afterAll(async () => {
  await t?.close()
})

const READERS = ['anonymous', 'teacher'] as const
type Reader = (typeof READERS)[number]

const headersFor = async (who: Reader): Promise<Record<string, string>> => ({
  'Accept-Language': 'en',
  ...(who === 'teacher' ? await t.as('teacher') : {}),
})

const graphql = async (who: Reader, query: string) => {
  const res = await t.http
    .post('/api/graphql')
    .set(await headersFor(who))
    .send({ query })
  expect(res.status).toBe(200)
  return res.body as { data: Record<string, unknown> | null; errors?: { message: string }[] }
}

/** No response may carry a word of either draft. */
const expectNoDraftText = (c: ContentCollection, text: string) => {
  expect(text).not.toContain(DRAFT_ONLY(c))
  expect(text).not.toContain(NEWER_DRAFT(c))
}

for (const who of READERS) {
  describe(`${who === 'anonymous' ? 'anonymous visitors' : 'teachers'} never see drafts`, () => {
    describe.each(CONTENT_COLLECTIONS)('in %s', (c) => {
      const both = () => [fixtures[c].draftOnly, fixtures[c].published].join(',')

      it('through REST find, with and without ?draft=true', async () => {
        for (const draft of ['', '&draft=true']) {
          const res = await t.http
            .get(`/api/${c}?depth=0&where[id][in]=${both()}${draft}`)
            .set(await headersFor(who))
          expect(res.status).toBe(200)
          expect(res.body.docs.map((d: { id: Id; title: string }) => [d.id, d.title])).toEqual([
            [fixtures[c].published, PUBLISHED(c)],
          ])
          expectNoDraftText(c, res.text)
        }
        const all = await t.http.get(`/api/${c}?limit=0&draft=true`).set(await headersFor(who))
        expect(all.status).toBe(200)
        expectNoDraftText(c, all.text)
      })

      it('through REST findByID, with and without ?draft=true', async () => {
        for (const draft of ['', '&draft=true']) {
          const hidden = await t.http
            .get(`/api/${c}/${fixtures[c].draftOnly}?depth=0${draft}`)
            .set(await headersFor(who))
          expect({ status: hidden.status, body: hidden.body }).toEqual({
            status: 404,
            body: { errors: [{ message: NOT_FOUND }] },
          })
          const shown = await t.http
            .get(`/api/${c}/${fixtures[c].published}?depth=0${draft}`)
            .set(await headersFor(who))
          expect([shown.status, shown.body.title, shown.body._status]).toEqual([
            200,
            PUBLISHED(c),
            'published',
          ])
          expectNoDraftText(c, shown.text)
        }
      })

      it('through REST count', async () => {
        const res = await t.http
          .get(`/api/${c}/count?where[id][in]=${both()}&draft=true`)
          .set(await headersFor(who))
        expect(res.body).toEqual({ totalDocs: 1 })
      })

      it('through the versions endpoints', async () => {
        const list = await t.http.get(`/api/${c}/versions?depth=0`).set(await headersFor(who))
        expect({ status: list.status, body: list.body }).toEqual({
          status: 403,
          body: { errors: [{ message: NOT_ALLOWED }] },
        })
        expect(fixtures[c].versionIds).toHaveLength(3)
        for (const versionId of fixtures[c].versionIds) {
          const one = await t.http
            .get(`/api/${c}/versions/${versionId}?depth=0`)
            .set(await headersFor(who))
          expect({ status: one.status, body: one.body }).toEqual({
            status: 403,
            body: { errors: [{ message: NOT_ALLOWED }] },
          })
        }
      })

      it('through GraphQL lists, with and without draft: true', async () => {
        const { many } = GRAPHQL[c]
        const ours = [fixtures[c].draftOnly, fixtures[c].published]
        for (const draft of ['', ', draft: true']) {
          const body = await graphql(
            who,
            `{ ${many}(limit: 1000${draft}) { docs { id title _status } } }`,
          )
          expect(body.errors).toBe(undefined)
          const docs = (body.data![many] as { docs: { id: Id }[] }).docs
          expect(docs.filter((d) => ours.includes(d.id))).toEqual([
            { id: fixtures[c].published, title: PUBLISHED(c), _status: 'published' },
          ])
          expectNoDraftText(c, JSON.stringify(body))
        }
      })

      it('through GraphQL by id, with and without draft: true', async () => {
        const { one } = GRAPHQL[c]
        for (const draft of ['', ', draft: true']) {
          const hidden = await graphql(
            who,
            `{ ${one}(id: ${JSON.stringify(fixtures[c].draftOnly)}${draft}) { id title } }`,
          )
          expect(hidden.data).toEqual({ [one]: null })
          expect(hidden.errors?.map((e) => e.message)).toEqual([NOT_FOUND])
          const shown = await graphql(
            who,
            `{ ${one}(id: ${JSON.stringify(fixtures[c].published)}${draft}) { title _status } }`,
          )
          expect(shown).toEqual({ data: { [one]: { title: PUBLISHED(c), _status: 'published' } } })
        }
      })

      it('through GraphQL version queries', async () => {
        const { one, many } = GRAPHQL[c]
        const list = await graphql(who, `{ versions${many} { docs { id version { title } } } }`)
        expect(list.data).toEqual({ [`versions${many}`]: null })
        expect(list.errors?.map((e) => e.message)).toEqual([NOT_ALLOWED])
        for (const versionId of fixtures[c].versionIds) {
          const single = await graphql(
            who,
            `{ version${one}(id: ${JSON.stringify(versionId)}) { id version { title } } }`,
          )
          expect(single.data).toEqual({ [`version${one}`]: null })
          expect(single.errors?.map((e) => e.message)).toEqual([NOT_ALLOWED])
        }
      })
    })

    it('through a join: a published place does not list the draft model that links to it', async () => {
      const res = await t.http
        .get(`/api/learning-environments/${placeId}?depth=1`)
        .set(await headersFor(who))
      expect(res.status).toBe(200)
      expect(res.body.models.docs).toEqual([])
      expectNoDraftText('pedagogical-models', res.text)
    })
  })
}

describe('experts', () => {
  it("see the published text, not another expert's newer draft, even with ?draft=true", async () => {
    const other = await t.payload.create({
      collection: 'users',
      data: {
        email: 'other-expert@example.org',
        password: 'other-expert-pass',
        name: 'Olli',
        roles: ['expert'],
      },
    })
    const item = await makeItem(t.payload, 'pilots', {
      by: other.id,
      status: 'published',
      title: 'Olli published',
    })
    await addDraft(t.payload, 'pilots', item.id, 'Olli unreviewed')
    const res = await t.http
      .get(`/api/pilots/${item.id}?depth=0&draft=true`)
      .set(await t.as('expert'))
    expect([res.status, res.body.title]).toEqual([200, 'Olli published'])
    expect(res.text).not.toContain('Olli unreviewed')
  })
})

import { existsSync } from 'node:fs'

import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CONTENT_COLLECTIONS } from '../../collections/slugs.js'
import { GRADE_BANDS } from '../../src/fields/vocabularies.js'
import { DEMO_USERS } from '../../src/seed/examples.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

type Operation = {
  operationId: string
  parameters?: { name: string; in: string; example?: unknown }[]
  requestBody?: { content: Record<string, { example?: unknown }> }
  security?: Record<string, string[]>[]
  responses: Record<string, unknown>
}

let t: TestApp

let spec: any

beforeAll(async () => {
  t = await initTestApp()
  const res = await t.http.get('/api/openapi.json')
  expect(res.status).toBe(200)
  spec = res.body
})
afterAll(async () => {
  await t?.close()
})

const editor = DEMO_USERS.find((u) => u.roles[0] === 'editor')!

describe('/api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(spec)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(spec.openapi).toBe('3.1.0')
    expect(spec.servers).toEqual([{ url: 'http://localhost:3000' }])
  })

  it('is generated from the Payload config', async () => {
    for (const slug of CONTENT_COLLECTIONS) {
      expect(Object.keys(spec.paths)).toEqual(
        expect.arrayContaining([`/api/${slug}`, `/api/${slug}/{id}`, `/api/${slug}/{id}.jsonld`]),
      )
    }
    // Reference collections are public reads, but have no JSON-LD route; the deletion log is not public.
    expect(spec.paths['/api/competence-areas']).toBeDefined()
    expect(spec.paths['/api/competence-areas/{id}.jsonld']).toBeUndefined()
    expect(spec.paths['/api/oai-deletions']).toBeUndefined()
    const model = spec.components.schemas.PedagogicalModels
    // Every field but the id may be null (an empty field; a draft's empty required field).
    const nonNull = (name: string) => {
      expect(model.properties[name].anyOf[1]).toEqual({ type: 'null' })
      return model.properties[name].anyOf[0]
    }
    expect(nonNull('gradeBands')).toEqual({
      type: 'array',
      items: { type: 'string', enum: [...GRADE_BANDS] },
      description: 'Grade bands',
    })
    // A localized field: one locale's value, or every locale's with ?locale=all.
    expect(nonNull('title')).toEqual({
      anyOf: [
        { type: 'string', description: 'Title' },
        {
          type: 'object',
          description: 'Every locale’s value (`?locale=all`).',
          properties: Object.fromEntries(
            ['fi', 'sv', 'en'].map((locale) => [
              locale,
              { anyOf: [{ type: 'string', description: 'Title' }, { type: 'null' }] },
            ]),
          ),
          additionalProperties: false,
        },
      ],
    })
    expect(nonNull('_status')).toEqual({ type: 'string', enum: ['draft', 'published'] })
    expect(nonNull('competenceAreas').items.oneOf[1]).toEqual({
      $ref: '#/components/schemas/CompetenceAreas',
    })
    // A field anonymous readers may not see is not described.
    expect(model.properties.reviewComment).toBeUndefined()
    if (spec.components.schemas.Users)
      expect(spec.components.schemas.Users.properties.email).toBeUndefined()
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/search',
        '/oai',
        '/sitemap.xml',
        '/api/users/login',
        '/api/users/me',
        '/api/users/logout',
      ]),
    )
  })

  it('answers every documented path with the documented status', async () => {
    const searchExists = existsSync('src/server/routes/search.ts')
    const checked: string[] = []
    for (const [path, item] of Object.entries(
      spec.paths as Record<string, Record<string, Operation>>,
    )) {
      if (path === '/api/search' && !searchExists) continue
      for (const [method, op] of Object.entries(item)) {
        const documented = Object.keys(op.responses).map(Number)
        let expected = Math.min(...documented.filter((s) => s < 300))
        let url = path
        if (path.includes('{id}')) {
          const slug = path.split('/')[2]!
          const list = await t.http.get(`/api/${slug}?limit=1&where[_status][equals]=published`)
          const fallback = await t.http.get(`/api/${slug}?limit=1`)
          const id = list.body.docs?.[0]?.id ?? fallback.body.docs?.[0]?.id
          if (id === undefined || (path.endsWith('.jsonld') && !list.body.docs?.[0])) expected = 404
          url = path.replace('{id}', String(id ?? 999999))
        }
        const params = Object.fromEntries(
          (op.parameters ?? [])
            .filter((p) => p.in === 'query' && p.example !== undefined)
            .map((p) => [p.name, String(p.example)]),
        )
        let req = (t.http as unknown as Record<string, (u: string) => import('supertest').Test>)[
          method
        ]!(url).query(params)
        if (op.security && !op.security.some((s) => Object.keys(s).length === 0)) {
          const login = await t.http
            .post('/api/users/login')
            .send({ email: editor.email, password: editor.password })
          req = req.set('Authorization', `JWT ${login.body.token}`)
        }
        if (op.operationId === 'login')
          req = req.send({ email: editor.email, password: editor.password })
        const form = op.requestBody?.content['application/x-www-form-urlencoded']
        if (form) req = req.type('form').send(form.example as Record<string, string>)
        const res = await req
        expect(documented, `${method.toUpperCase()} ${url}`).toContain(expected)
        expect(`${method.toUpperCase()} ${url} → ${res.status}`).toBe(
          `${method.toUpperCase()} ${url} → ${expected}`,
        )
        checked.push(`${method} ${path}`)
      }
    }
    expect(checked.length).toBe(
      Object.values(spec.paths as Record<string, object>).reduce(
        (n, item) => n + Object.keys(item).length,
        0,
      ) - (searchExists ? 0 : 1),
    )
  })
})

describe('/api/docs', () => {
  it('serves Swagger UI from the local package, pointed at the generated document', async () => {
    const redirect = await t.http.get('/api/docs')
    expect(redirect.status).toBe(301)
    expect(redirect.headers.location).toBe('/api/docs/')
    const page = await t.http.get('/api/docs/')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toMatch(/^text\/html/)
    expect(page.text).toContain('<div id="swagger-ui"></div>')
    expect(page.text).not.toMatch(/https?:\/\/(cdn|unpkg)/)
    const bundle = await t.http.get('/api/docs/swagger-ui-bundle.js')
    expect(bundle.status).toBe(200)
    const init = await t.http.get('/api/docs/swagger-initializer.js')
    expect(init.text).toContain("url: '/api/openapi.json'")
    expect(init.text).not.toContain('petstore')
  })
})

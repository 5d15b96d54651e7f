import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp
beforeAll(async () => {
  t = await initTestApp()
})
afterAll(async () => {
  await t.close()
})

/** Every answer here must be a 4xx with the one JSON error shape, never a 5xx. */
const expectClientError = (res: { status: number; body: unknown }, status: number) => {
  expect(res.status).toBe(status)
  const { errors } = res.body as { errors: { message: string }[] }
  expect(errors.length).toBeGreaterThan(0)
  expect(errors.every((e) => typeof e.message === 'string' && e.message.length > 0)).toBe(true)
}

const graphql = (query: string) => t.http.post('/api/graphql').send({ query })

describe('GraphQL runs its standard validation before anything else', () => {
  it('a fragment cycle is a 400 naming the cycle', async () => {
    const res = await graphql(
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    )
    expectClientError(res, 400)
    expect(res.body.errors[0].message).toBe('Cannot spread fragment "A" within itself via "B".')
  })

  it('a fragment spreading itself is a 400', async () => {
    const res = await graphql('query { ...A } fragment A on Query { ...A }')
    expectClientError(res, 400)
    expect(res.body.errors[0].message).toBe('Cannot spread fragment "A" within itself.')
  })
})

const formWhere = (n: number) =>
  Array.from({ length: n }, (_, i) => `where[or][${i}][title][equals]=t${i}`).join('&')

const findByForm = (form: string) =>
  t.http
    .post('/api/pedagogical-models')
    .set('X-Payload-HTTP-Method-Override', 'GET')
    .set('content-type', 'application/x-www-form-urlencoded')
    .send(form)

const TOO_MANY = 'Invalid query: where has more than 500 conditions.'

describe('a where with too many conditions is a 400', () => {
  it('through method-override GET (1500 sent, 1000 parsed)', async () => {
    const res = await findByForm(formWhere(1500))
    expectClientError(res, 400)
    expect(res.body.errors[0].message).toBe(TOO_MANY)
  })

  it('501 conditions through method-override GET', async () => {
    const res = await findByForm(formWhere(501))
    expectClientError(res, 400)
    expect(res.body.errors[0].message).toBe(TOO_MANY)
  })

  it('through a plain GET', async () => {
    // Short conditions: the whole query must fit Node's 16 KB header limit.
    const query = Array.from({ length: 501 }, (_, i) => `where[or][${i}][id][equals]=${i}`)
    const res = await t.http.get(`/api/pedagogical-models?${query.join('&')}`)
    expectClientError(res, 400)
    expect(res.body.errors[0].message).toBe(TOO_MANY)
  })

  it('through GraphQL OR', async () => {
    const or = Array.from({ length: 1500 }, (_, i) => `{ title: { equals: "t${i}" } }`).join(',')
    const res = await graphql(`{ PedagogicalModels(where: { OR: [${or}] }) { totalDocs } }`)
    expect(res.status).toBe(200)
    expect(res.body.errors[0].message).toBe(TOO_MANY)
    expect(res.body.errors[0].extensions.statusCode).toBe(400)
  })

  it('too deep a nesting of AND is a 400 too', async () => {
    let where = '{ title: { equals: "x" } }'
    for (let i = 0; i < 12; i++) where = `{ AND: [${where}] }`
    const res = await graphql(`{ PedagogicalModels(where: ${where}) { totalDocs } }`)
    expect(res.body.errors[0].message).toBe(
      'Invalid query: where nests and/or more than 8 levels deep.',
    )
    expect(res.body.errors[0].extensions.statusCode).toBe(400)
  })

  it('500 conditions are still answered', async () => {
    const res = await findByForm(formWhere(500))
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(0)
  })
})

const BOUNDARY = 'xyzzy'
const multipart = (parts: string) => Buffer.from(parts.replace(/\n/g, '\r\n'), 'binary')

describe('malformed multipart is a 400 on every route that reads bodies', () => {
  const bodies: [string, string, Buffer][] = [
    [
      'a control byte in a filename',
      `multipart/form-data; boundary=${BOUNDARY}`,
      multipart(
        `--${BOUNDARY}\nContent-Disposition: form-data; name="file"; filename="a\u0001\u0000.png"\nContent-Type: image/png\n\nabc\n--${BOUNDARY}--\n`,
      ),
    ],
    ['no boundary', 'multipart/form-data', multipart(`--${BOUNDARY}\n\nabc\n--${BOUNDARY}--\n`)],
    [
      'a truncated body',
      `multipart/form-data; boundary=${BOUNDARY}`,
      multipart(`--${BOUNDARY}\nContent-Disposition: form-data; name="_payload"\n\n{"alt":`),
    ],
  ]
  for (const route of ['/api/media', '/api/users/login', '/api/graphql']) {
    for (const [what, type, body] of bodies) {
      it(`${route}: ${what}`, async () => {
        const res = await t.http
          .post(route)
          .set(await t.as('editor'))
          .set('content-type', type)
          .send(body)
        expectClientError(res, 400)
      })
    }
  }
})

describe('bad percent-encoding in a path is a 400', () => {
  for (const path of ['/fi/models/%C3%28', '/%C3%28', '/api/pedagogical-models/%E0%A4%A']) {
    it(path, async () => {
      const res = await t.http.get(path)
      expectClientError(res, 400)
      expect(res.body.errors[0].message).toBe('The address is not valid percent-encoding.')
    })
  }
})

describe('a body that is not a JSON object is refused on REST writes', () => {
  const bodies: [string, string, string][] = [
    ['JSON null', 'application/json', 'null'],
    ['a JSON string', 'application/json', '"abc"'],
    ['a JSON array', 'application/json', '[1,2,3]'],
    ['text/plain', 'text/plain', 'hello'],
    ['XML', 'application/xml', '<a>1</a>'],
    ['a form', 'application/x-www-form-urlencoded', 'name=x'],
  ]
  for (const [what, type, body] of bodies) {
    it(`create with ${what}`, async () => {
      const before = (await t.payload.count({ collection: 'device-profiles' })).totalDocs
      const res = await t.http
        .post('/api/device-profiles')
        .set(await t.as('editor'))
        .set('content-type', type)
        .send(body)
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      expectClientError(res, res.status)
      expect((await t.payload.count({ collection: 'device-profiles' })).totalDocs).toBe(before)
    })
    it(`update with ${what}`, async () => {
      const { docs } = await t.payload.find({ collection: 'device-profiles', limit: 1 })
      const res = await t.http
        .patch(`/api/device-profiles/${docs[0]!.id}`)
        .set(await t.as('editor'))
        .set('content-type', type)
        .send(body)
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      expectClientError(res, res.status)
    })
  }
})

describe('methods the Fetch API refuses are a 405', () => {
  for (const path of ['/api/health', '/api/users/login', '/api/pedagogical-models/1']) {
    it(`TRACE ${path}`, async () => {
      const res = await t.http.trace(path)
      expect(res.status).toBe(405)
      expect(res.body).toEqual({ errors: [{ message: 'The TRACE method is not supported.' }] })
    })
  }
})

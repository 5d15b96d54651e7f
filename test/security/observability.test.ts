import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startServer, type ChildServer } from '../faults/support/child.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp
beforeAll(async () => {
  t = await initTestApp()
})
afterAll(async () => {
  await t.close()
})

/** The value of one sample line in Prometheus text, or undefined when absent. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

describe('GET /api/metrics', () => {
  it('is refused to anonymous callers and non-admins', async () => {
    const anonymous = await t.http.get('/api/metrics')
    expect(anonymous.status).toBe(401)
    expect(anonymous.body).toEqual({ errors: [{ message: 'Metrics need an admin login.' }] })
    const editor = await t.http.get('/api/metrics').set(await t.as('editor'))
    expect(editor.status).toBe(403)
    expect(editor.body).toEqual({ errors: [{ message: 'Only admins may read metrics.' }] })
  })

  it('counts requests by route and status, login failures, lockouts, outbox and search', async () => {
    const admin = await t.as('admin')
    const read = async () => (await t.http.get('/api/metrics').set(admin)).text
    const before = await read()
    const series =
      'learning_city_http_requests_total{method="GET",route="/api/device-profiles/:id",status="200"}'
    const failures = 'learning_city_login_failures_total{reason="wrong_credentials"}'
    const profiles = (await t.payload.find({ collection: 'device-profiles', limit: 3, sort: 'id' }))
      .docs
    for (const { id } of profiles)
      expect((await t.http.get(`/api/device-profiles/${id}`)).status).toBe(200)
    for (let i = 0; i < 2; i++) {
      const res = await t.http
        .post('/api/users/login')
        .send({ email: 'admin@example.org', password: 'no' })
      expect(res.status).toBe(401)
    }
    expect((await t.http.get('/api/search?q=tabletti')).status).toBe(200)

    const res = await t.http.get('/api/metrics').set(admin)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8')
    const after = res.text
    expect(sample(after, series)).toBe((sample(before, series) ?? 0) + 3)
    expect(sample(after, failures)).toBe((sample(before, failures) ?? 0) + 2)
    expect(sample(after, 'learning_city_locked_accounts')).toBe(0)
    expect(sample(after, 'learning_city_search_outbox_pending')).toBeGreaterThanOrEqual(0)
    expect(sample(after, 'learning_city_search_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(
      0,
    )
    expect(sample(after, 'learning_city_search_outbox_failed')).toBe(0)
    expect(sample(after, 'learning_city_search_duration_seconds_count{status="200"}')).toBe(1)
    expect(after).toContain(
      'learning_city_http_request_duration_seconds_bucket{le="0.005",method="GET",route="/api/device-profiles/:id",status="200"}',
    )
    expect(after).toContain('learning_city_process_resident_memory_bytes')
  })

  it('collapses unknown paths into one route label', async () => {
    await t.http.get('/api/definitely-not-here-123')
    await t.http.get('/api/another-probe-456')
    const text = (await t.http.get('/api/metrics').set(await t.as('admin'))).text
    expect(
      sample(
        text,
        'learning_city_http_requests_total{method="GET",route="/api/(other)",status="404"}',
      ),
    ).toBe(2)
    expect(text).not.toContain('definitely-not-here')
  })
})

describe('the server process', () => {
  let server: ChildServer
  let dir: string
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'learning-city-logs-'))
    server = await startServer({
      NODE_ENV: 'test',
      DATABASE_URL: `file:${dir}/logs.db`,
      DATABASE_SCHEMA: 'push',
      DATA_DIR: path.join(dir, 'data'),
      MEDIA_DIR: path.join(dir, 'media'),
      PAYLOAD_SECRET: 'a-logging-test-secret-that-is-long-enough',
      LOG_LEVEL: 'debug',
      METRICS_ALLOWED_IPS: '127.0.0.1',
      SEED: 'false',
    })
  })
  afterAll(async () => {
    await server?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('logs JSON lines that all carry the request id, and no password, email or token', async () => {
    const secretPassword = 'Correct-Horse-Battery-Staple-9'
    const email = 'private.person@example.org'
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXNob3VsZC1ub3QtbGVhaw'
    const res = await fetch(`${server.url}/api/users/login?email=${encodeURIComponent(email)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'test-request-0001',
        authorization: `JWT ${token}`,
      },
      body: JSON.stringify({ email, password: secretPassword }),
    })
    expect(res.status).toBe(401)
    expect(res.headers.get('x-request-id')).toBe('test-request-0001')
    const other = await fetch(`${server.url}/api/health`)
    const otherId = other.headers.get('x-request-id')!
    expect(otherId).toMatch(/^[0-9a-f-]{36}$/)

    const ours = () =>
      server.lines
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((line) => line.requestId === 'test-request-0001')
    // The finishing line is written when the response ends, which may be just after fetch returns.
    while (!ours().some((line) => line.msg === 'request finished')) {
      await new Promise((resolve) => server.child.stdout!.once('data', resolve))
    }
    const lines = ours()
    expect(lines.map((l) => l.msg)).toContain('request started')
    expect(lines.find((l) => l.msg === 'request finished')).toMatchObject({
      requestId: 'test-request-0001',
      method: 'POST',
      route: '/api/users/login',
      status: 401,
    })
    for (const line of server.lines.filter((l) => l.startsWith('{'))) {
      expect(typeof JSON.parse(line).level).toBe('number')
    }
    const everything = server.lines.join('\n')
    for (const secret of [
      secretPassword,
      email,
      token,
      'a-logging-test-secret-that-is-long-enough',
    ]) {
      expect(everything).not.toContain(secret)
    }
  })

  it('serves metrics to a configured scraper address without a login', async () => {
    const res = await fetch(`${server.url}/api/metrics`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain(
      'learning_city_http_requests_total{method="POST",route="/api/users/login",status="401"} 1',
    )
  })
})

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_USERS, SCHOOLS } from '../../src/seed/examples.js'
import { launchBrowser, newContext, screenshot } from './helpers/browser.js'
import { startSeededServer } from './helpers/seeded.js'
import type { RunningServer } from './helpers/server.js'

const demo = (role: string) => DEMO_USERS.find((user) => user.roles[0] === role)!

let server: RunningServer
let browser: Browser
let teacher: BrowserContext

/** Bars as the chart draws them: row, series and value, read from the SVG. */
const bars = (page: Page, chart: string) =>
  page
    .locator(`[data-testid=chart-${chart}] g.row`)
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.getAttribute('data-row'),
        [...row.querySelectorAll('g[data-kind]')].map(
          (bar) => `${bar.getAttribute('data-kind')}=${bar.textContent}`,
        ),
        row.querySelector('line.target')?.getAttribute('data-target') ?? null,
      ]),
    )

const shots = async (page: Page, name: string) => {
  await screenshot(page, `${name}-desktop`)
  await page.setViewportSize({ width: 360, height: 800 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360)
  await screenshot(page, `${name}-phone`)
  await page.setViewportSize({ width: 1280, height: 900 })
}

beforeAll(async () => {
  server = await startSeededServer()
  browser = await launchBrowser()
  teacher = await newContext(browser, { baseURL: server.url })
  const login = await teacher.request.post('/api/users/login', {
    data: { email: demo('teacher').email, password: demo('teacher').password },
  })
  expect(login.status()).toBe(200)
  const areas = await teacher.request.get(
    '/api/competence-areas?where[code][in]=1.1,1.2,3.3,5.1&depth=0&limit=10',
  )
  const id = Object.fromEntries(
    ((await areas.json()) as { docs: { id: number; code: string }[] }).docs.map((d) => [
      d.code,
      d.id,
    ]),
  )
  // An older assessment, then a newer one that changes two answers.
  for (const answers of [
    [
      { competence: id['1.1'], level: 'A2' },
      { competence: id['1.2'], level: 'B1' },
      { competence: id['3.3'], level: 'A1' },
    ],
    [
      { competence: id['1.1'], level: 'B2' },
      { competence: id['5.1'], level: 'C1' },
    ],
  ]) {
    // A same-origin Origin, as the browser sends with the form: cookie writes need it (CSRF).
    const res = await teacher.request.post('/api/self-assessments', {
      data: { answers },
      headers: { origin: server.url },
    })
    expect(res.status()).toBe(201)
  }
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('charts drawn on the server, with a table after', () => {
  it("a teacher's competence profile per area, the previous assessment beside", async () => {
    const page = await teacher.newPage()
    await page.goto('/fi/me')
    await page.getByTestId('competence-profile').waitFor()
    // Area 1: now B2 (4) and B1 (3) → B1; before A2 (2) and B1 (3) → A2. Area 5 is new.
    expect(await bars(page, 'profile-chart')).toEqual([
      ['1', ['current=B1', 'previous=A2'], null],
      ['3', ['current=A1', 'previous=A1'], null],
      ['5', ['current=C1'], null],
    ])
    const svg = page.locator('[data-testid=chart-profile-chart] > svg')
    expect(await svg.getAttribute('role')).toBe('img')
    expect(await page.locator('#profile-chart-title').textContent()).toBe('Osaamisprofiilini')
    expect(await page.locator('#profile-chart-desc').textContent()).toBe(
      'Itsearvioitu DigCompEdu-tasosi 3 osa-alueella asteikolla A1–C2, nyt ja ennen viimeisintä arviointiasi.',
    )
    const table = await page
      .getByTestId('profile-table')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)))
    expect(table.map((r) => r.slice(1))).toEqual([
      ['B1', 'A2'],
      ['A1', 'A1'],
      ['C1', '–'],
    ])
    await page.getByTestId('competence-profile').scrollIntoViewIfNeeded()
    await shots(page, 'chart-profile-fi')
    await page.close()
  })

  it("a school's laptops per pupil against the programme targets", async () => {
    const page = await teacher.newPage()
    const schools = await teacher.request.get(
      `/api/schools?where[name][equals]=${encodeURIComponent(SCHOOLS[0]!.name.fi)}&depth=0&locale=fi`,
    )
    const school = ((await schools.json()) as { docs: { id: number }[] }).docs[0]!
    await page.goto(`/fi/schools/${school.id}`)
    await page.getByTestId('chart-readiness-chart').waitFor()
    const drawn = await bars(page, 'readiness-chart')
    // Each programme band with pupils, its target at the band's ratio.
    expect(drawn.map(([band, , target]) => [band, target])).toEqual([
      ['1-2', '0.5'],
      ['3-6', '0.75'],
      ['7-9', '1'],
    ])
    // The bars say what the table says: laptops available per pupil.
    const table = await page
      .getByTestId('readiness')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows
          .filter((r) => r.children[4]!.textContent !== '–')
          .map((r) => [
            r.getAttribute('data-band'),
            Number(r.children[4]!.textContent),
            Number(r.children[1]!.textContent),
          ]),
      )
    expect(drawn.map(([band, series]) => [band, series])).toEqual(
      table.map(([band, available, pupils]) => [
        band,
        [`actual=${Math.round((Number(available) / Number(pupils)) * 100)} %`],
      ]),
    )
    await page.getByTestId('chart-readiness-chart').scrollIntoViewIfNeeded()
    await shots(page, 'chart-readiness-fi')
    await page.close()
  })

  it("a leader's overview: levels per area once five teachers answered, trainings for the gaps", async () => {
    const api = async (method: string, url: string, body: unknown, token?: string) => {
      const res = await fetch(`${server.url}${url}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token ? { Authorization: `JWT ${token}` } : {}),
        },
        body: JSON.stringify(body),
      })
      return { status: res.status, body: (await res.json()) as Record<string, any> }
    }
    const login = async (email: string, password: string) =>
      (await api('POST', '/api/users/login', { email, password })).body.token as string
    const admin = await login(demo('admin').email, demo('admin').password)
    const school = (await (await fetch(`${server.url}/api/schools?limit=1&depth=0&sort=id`)).json())
      .docs[0].id as number
    const areas = await (
      await fetch(`${server.url}/api/competence-areas?where[code][in]=2.1,4.1&depth=0`)
    ).json()
    const id = Object.fromEntries(
      (areas.docs as { id: number; code: string }[]).map((d) => [d.code, d.id]),
    )
    // Five teachers of the school: area 2 at A2 for all, area 4 at C1 for all but one (B2).
    for (let i = 0; i < 5; i++) {
      const email = `leader-test-${i}@example.org`
      const created = await api(
        'POST',
        '/api/users',
        { email, password: 'a-long-password-1', name: `Opettaja ${i}`, roles: ['teacher'], school },
        admin,
      )
      expect(created.status).toBe(201)
      const token = await login(email, 'a-long-password-1')
      const saved = await api(
        'POST',
        '/api/self-assessments',
        {
          answers: [
            { competence: id['2.1'], level: 'A2' },
            { competence: id['4.1'], level: i === 0 ? 'B2' : 'C1' },
          ],
        },
        token,
      )
      expect(saved.status).toBe(201)
    }
    const leader = await api(
      'POST',
      '/api/users',
      {
        email: 'leader-test@example.org',
        password: 'a-long-password-1',
        name: 'Rehtori',
        roles: ['leader'],
        leaderOf: school,
      },
      admin,
    )
    expect(leader.status).toBe(201)
    const training = await api(
      'POST',
      '/api/trainings?locale=fi&depth=0',
      {
        _status: 'published',
        title: 'Digitaaliset resurssit tutuiksi',
        competenceAreas: [id['2.1']],
        targetLevel: 'B1',
        placeKind: 'online',
        onlineUrl: 'https://meet.example.org/resources',
        capacity: 20,
        sessions: [{ start: '2099-04-02T12:00:00.000Z', end: '2099-04-02T14:00:00.000Z' }],
      },
      admin,
    )
    expect(training.status).toBe(201)

    const context = await newContext(browser, { baseURL: server.url })
    const session = await context.request.post('/api/users/login', {
      data: { email: 'leader-test@example.org', password: 'a-long-password-1' },
    })
    expect(session.status()).toBe(200)
    const page = await context.newPage()
    await page.goto('/fi/leader')
    await page.getByTestId('chart-distribution-chart').waitFor()
    const table = await page
      .getByTestId('distribution-table')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.getAttribute('data-area'),
          ...[...r.querySelectorAll('td')].map((c) => c.textContent),
        ]),
      )
    // Weakest first; counts by level A1 … C2, then answers.
    expect(table).toEqual([
      ['2', '0', '5', '0', '0', '0', '0', '5'],
      ['4', '0', '0', '0', '1', '4', '0', '5'],
    ])
    const segments = await page
      .locator('[data-testid=chart-distribution-chart] g.row[data-row="4"] g[data-kind]')
      .evaluateAll((els) =>
        els.map((el) => [el.getAttribute('data-kind'), el.getAttribute('data-value')]),
      )
    expect(segments).toEqual([
      ['B2', '1'],
      ['C1', '4'],
    ])
    expect(await page.getByTestId('gap-trainings').locator('li a').allTextContents()).toEqual([
      'Digitaaliset resurssit tutuiksi',
    ])
    await shots(page, 'chart-leader-fi')
    await context.close()
  })
})

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_USERS, SCHOOLS } from '../../src/seed/examples.js'
import { teachingPlaces } from '../../src/seed/places.js'
import { launchBrowser, newContext, screenshot } from './helpers/browser.js'
import { startSeededServer } from './helpers/seeded.js'
import type { RunningServer } from './helpers/server.js'

const demo = (role: string) => DEMO_USERS.find((user) => user.roles[0] === role)!

/** The published model scenario 3 creates and scenario 4 rates. */
const MODEL = {
  title: 'Kaupunkisuunnistus tableteilla',
  slug: 'kaupunkisuunnistus-tableteilla',
  summary: 'Oppilaat suunnistavat korttelissa ja kuvaavat rastit tableteilla.',
}
const DRAFT = { title: 'Keskeneräinen luonnos', slug: 'keskenerainen-luonnos' }

let server: RunningServer
let browser: Browser
let editorToken: string

const api = async (method: string, url: string, body?: unknown, token?: string) => {
  const res = await fetch(`${server.url}${url}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}

/** Our own haversine, so the expected order does not come from the code under test. */
const metres = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const rad = (d: number) => (d * Math.PI) / 180
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h))
}

const page = async (options: { width?: number; locale?: string } = {}): Promise<Page> => {
  const context = await newContext(browser, { baseURL: server.url, ...options })
  return context.newPage()
}

beforeAll(async () => {
  server = await startSeededServer()
  browser = await launchBrowser()
  const login = await api('POST', '/api/users/login', {
    email: demo('editor').email,
    password: demo('editor').password,
  })
  editorToken = login.body.token
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the public portal', () => {
  it('3. a published model appears in portal search once the outbox has drained', async () => {
    const created = await api(
      'POST',
      '/api/pedagogical-models?depth=0',
      { ...MODEL, _status: 'published', gradeBands: ['3-6'], licence: 'cc-by' },
      editorToken,
    )
    expect(created.status).toBe(201)
    const visitor = await page()
    const hit = visitor.locator('[data-testid=results] h3 a', { hasText: MODEL.title })
    // Waiting on a condition: the search page finds the model (the outbox drains within seconds).
    const deadline = Date.now() + 60_000
    for (;;) {
      await visitor.goto('/fi/search?q=kaupunkisuunnistus')
      if ((await hit.count()) > 0 || Date.now() > deadline) break
    }
    expect(await hit.getAttribute('href')).toBe(`/fi/models/${MODEL.slug}`)
    expect(await visitor.locator('[data-testid=results] mark').first().textContent()).toBe(
      'Kaupunkisuunnistus',
    )
    await screenshot(visitor, 'portal-3-search')
    await visitor.setViewportSize({ width: 360, height: 800 })
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBe(360)
    await screenshot(visitor, 'portal-3-search-360')
    await visitor.context().close()
  })

  it('4. a teacher signs in on the portal, rates the model, and the average shows', async () => {
    const teacher = await page()
    await teacher.goto(`/fi/login?next=${encodeURIComponent(`/fi/models/${MODEL.slug}`)}`)
    await teacher.getByLabel('Sähköposti').fill(demo('teacher').email)
    await teacher.getByLabel('Salasana').fill(demo('teacher').password)
    await teacher.getByRole('button', { name: 'Kirjaudu', exact: true }).click()
    await teacher.waitForURL(`**/fi/models/${MODEL.slug}`)
    await expect
      .poll(() => teacher.locator('.user-box').textContent())
      .toBe('Kirjautuneena: Teemu TeacherKirjaudu ulos')
    expect(await teacher.getByTestId('rating-summary').textContent()).toBe('Ei vielä arvioita.')

    await teacher.getByRole('radio', { name: '4/5' }).check()
    await teacher
      .getByLabel('Kommentti (vapaaehtoinen, näkyy tarkistuksen jälkeen)')
      .fill('Toimi hyvin nelosluokalla.')
    await teacher.getByRole('button', { name: 'Tallenna arvio' }).click()
    await teacher.getByText('Kiitos! Arviosi on tallennettu.').waitFor()
    await teacher.locator('[data-testid=rating-summary][data-average="4"]').waitFor()
    expect(await teacher.getByTestId('rating-summary').textContent()).toBe(
      '★ Keskiarvo 4 / 5 · 1 arvio',
    )
    await screenshot(teacher, 'portal-4-rated')

    // The comment waits for an editor: an anonymous reader sees the number, not the comment.
    const model = await api(
      'GET',
      `/api/pedagogical-models?where[slug][equals]=${MODEL.slug}&depth=0`,
    )
    const ratings = await api(
      'GET',
      `/api/ratings?where[target][equals]=pedagogical-models:${model.body.docs[0].id}`,
    )
    expect(
      ratings.body.docs.map((r: Record<string, unknown>) => [r.rating, r.comment, r.commentStatus]),
    ).toEqual([[4, undefined, 'pending']])
    await teacher.context().close()
  })

  it('5. the map shows markers, and "near my school" sorts the places by distance', async () => {
    const places = teachingPlaces()
    const visitor = await page()
    await visitor.goto('/fi/map')
    await visitor.locator(`[data-testid=places-map][data-markers="${places.length}"]`).waitFor()
    expect(await visitor.locator('.leaflet-marker-icon').count()).toBeGreaterThan(10)

    const school = SCHOOLS[0]!
    await visitor.getByLabel('Lähellä kouluani').selectOption({ label: school.name.fi })
    await visitor.locator('.school-marker').waitFor()
    const shown = await visitor
      .locator('[data-testid=place-list] .distance')
      .evaluateAll((els) => els.slice(0, 10).map((el) => Number(el.getAttribute('data-metres'))))
    const expected = places
      .map((p) => metres(school.location, { lat: p.lat, lng: p.lon }))
      .sort((a, b) => a - b)
      .slice(0, 10)
    expect(shown).toHaveLength(10)
    shown.forEach((m, i) => expect(Math.abs(m - expected[i]!)).toBeLessThanOrEqual(1))
    expect(new URL(visitor.url()).searchParams.get('school')).not.toBeNull()
    await screenshot(visitor, 'portal-5-map')
    await visitor.setViewportSize({ width: 360, height: 800 })
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBe(360)
    await screenshot(visitor, 'portal-5-map-360')
    await visitor.context().close()
  })

  it('6. the Swedish portal speaks Swedish', async () => {
    const visitor = await page({ locale: 'sv-FI' })
    await visitor.goto('/sv')
    expect(await visitor.locator('html').getAttribute('lang')).toBe('sv')
    expect(await visitor.locator('h1').textContent()).toBe('Hitta ett arbetssätt för din klass')
    expect(await visitor.locator('.main-nav').textContent()).toBe(
      'StartsidaSökKartaKompetenserSkolor',
    )
    await screenshot(visitor, 'portal-6-sv-home')
    await visitor.goto('/sv/models/example-robot-programming')
    expect(await visitor.locator('h1').textContent()).toBe('Robotprogrammering i lågstadiet')
    expect(await visitor.locator('#device-needs').textContent()).toBe('Enhetsbehov')
    expect(await visitor.locator('#ratings-title').textContent()).toBe('Lärarnas betyg')
    await screenshot(visitor, 'portal-6-sv-model')
    await visitor.context().close()
  })

  it("7. an anonymous visitor cannot open a draft's URL", async () => {
    const draft = await api(
      'POST',
      '/api/pedagogical-models?draft=true&depth=0',
      { ...DRAFT, _status: 'draft', licence: 'cc-by' },
      editorToken,
    )
    expect(draft.status).toBe(201)
    expect(draft.body.doc.slug).toBe(DRAFT.slug)
    const visitor = await page()
    const res = await visitor.goto(`/fi/models/${DRAFT.slug}`)
    expect(res!.status()).toBe(404)
    expect(await visitor.locator('h1').textContent()).toBe('Sivua ei löydy')
    expect(await visitor.content()).not.toContain(DRAFT.title)
    await screenshot(visitor, 'portal-7-draft-404')
    await visitor.context().close()
  })
})

import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_USERS } from '../../src/seed/examples.js'
import { launchBrowser, newContext, screenshot } from './helpers/browser.js'
import { startSeededServer } from './helpers/seeded.js'
import type { RunningServer } from './helpers/server.js'

const demo = (role: string) => DEMO_USERS.find((user) => user.roles[0] === role)!

let server: RunningServer
let browser: Browser
let context: BrowserContext
let collaborative: number
let training: number

const TITLE = 'Group work with shared documents'

beforeAll(async () => {
  server = await startSeededServer()
  browser = await launchBrowser()
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demo('editor').email, password: demo('editor').password }),
  })
  const auth = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  const areas = await fetch(`${server.url}/api/competence-areas?where[code][equals]=3.3&depth=0`)
  collaborative = ((await areas.json()) as { docs: { id: number }[] }).docs[0]!.id
  const created = await fetch(`${server.url}/api/trainings?locale=en&depth=0`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({
      _status: 'published',
      title: TITLE,
      competenceAreas: [collaborative],
      targetLevel: 'B1',
      placeKind: 'online',
      onlineUrl: 'https://meet.example.org/group-work',
      capacity: 12,
      sessions: [{ start: '2099-03-02T12:00:00.000Z', end: '2099-03-02T14:00:00.000Z' }],
    }),
  })
  expect(created.status).toBe(201)
  training = ((await created.json()) as { doc: { id: number } }).doc.id
  context = await newContext(browser, { baseURL: server.url, locale: 'en-GB' })
  // The API login sets the HttpOnly cookie in the browser context, as the portal's form does.
  const session = await context.request.post('/api/users/login', {
    data: { email: demo('teacher').email, password: demo('teacher').password },
  })
  expect(session.status()).toBe(200)
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe("a teacher's competence pages", () => {
  it('assesses themself on their own page and gets the training recommended with its reason', async () => {
    const page = await context.newPage()
    await page.goto('/en/me')
    await expect.poll(() => page.locator('h1').textContent()).toBe('My competence')
    expect(await page.getByTestId('recommendations').textContent()).toContain(
      'Assess yourself below to get recommendations.',
    )
    await page.selectOption(`#c-${collaborative}`, 'A2')
    await page.getByRole('button', { name: 'Save assessment' }).click()
    await page.getByText('Saved. Reload the page').waitFor()
    await page.reload()
    const card = page.getByTestId('recommendations').locator('li.card').first()
    expect(await card.locator('h3').textContent()).toBe(TITLE)
    expect(await card.locator('p').first().textContent()).toBe(
      'you assessed 3.3 Collaborative learning at A2; this training targets B1',
    )
    await screenshot(page, 'competence-me')
  })

  it('filters the training calendar by competence area and registers', async () => {
    const page = await context.newPage()
    await page.goto('/en/trainings?competence=4')
    expect(await page.getByText(TITLE).count()).toBe(0)
    await page.selectOption('#competence', '3')
    await page.getByRole('button', { name: 'Show' }).click()
    await page.waitForURL(/competence=3/)
    const card = page.locator(`#training-${training}`)
    expect(await card.locator('h2').textContent()).toBe(TITLE)
    await card.getByRole('button', { name: 'Register' }).click()
    await card.getByText('Registered').waitFor()
    await screenshot(page, 'competence-trainings')
    // From the page, as a click on the calendar link would: cookie auth wants a browser's request.
    const feed = await page.evaluate(() => fetch('/api/calendar/me.ics').then((r) => r.text()))
    expect(feed).toContain(`SUMMARY:${TITLE}`)
  })
})

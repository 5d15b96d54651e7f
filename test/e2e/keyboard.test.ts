import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_USERS } from '../../src/seed/examples.js'
import { launchBrowser, newContext } from './helpers/browser.js'
import { startSeededServer } from './helpers/seeded.js'
import type { RunningServer } from './helpers/server.js'

const demo = (role: string) => DEMO_USERS.find((user) => user.roles[0] === role)!

let server: RunningServer
let browser: Browser
let teacher: BrowserContext
let training: number
let digital: number

/** Whether the focused element shows a focus ring (an outline or a box shadow) to the eye. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return 'nothing focused'
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
    return outline || style.boxShadow !== 'none' ? 'visible' : `no focus ring on ${el.outerHTML}`
  })

/**
 * Presses Tab until the focus is on `selector`, as a keyboard user would, checking on the way that
 * every control reached shows its focus.
 */
const tabTo = async (page: Page, selector: string, max = 150) => {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    expect(await focusRing(page)).toBe('visible')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab did not reach ${selector} in ${max} presses`)
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement
    return { tag: el.tagName, id: el.id, value: el.value ?? null, checked: el.checked ?? null }
  })

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
  digital = ((await areas.json()) as { docs: { id: number }[] }).docs[0]!.id
  const created = await fetch(`${server.url}/api/trainings?locale=fi&depth=0`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({
      _status: 'published',
      title: 'Yhteisölliset dokumentit ryhmätyössä',
      competenceAreas: [digital],
      targetLevel: 'B1',
      placeKind: 'online',
      onlineUrl: 'https://meet.example.org/group-work',
      capacity: 12,
      sessions: [{ start: '2099-03-02T12:00:00.000Z', end: '2099-03-02T14:00:00.000Z' }],
    }),
  })
  expect(created.status).toBe(201)
  training = ((await created.json()) as { doc: { id: number } }).doc.id
  teacher = await newContext(browser, { baseURL: server.url })
  const session = await teacher.request.post('/api/users/login', {
    data: { email: demo('teacher').email, password: demo('teacher').password },
  })
  expect(session.status()).toBe(200)
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('keyboard paths (Tab, Enter, Space, arrows only), every control with a visible focus', () => {
  it('the skip link is the first stop, shows itself and moves the focus to the content', async () => {
    const page = await teacher.newPage()
    await page.goto('/fi')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link')
    expect(await focusRing(page)).toBe('visible')
    const box = (await page.locator('.skip-link').boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.width).toBeGreaterThan(20)
    expect(await page.locator('.skip-link').textContent()).toBe('Siirry sisältöön')
    await page.keyboard.press('Enter')
    expect((await focused(page)).id).toBe('content')
    await page.close()
  })

  it('search: type words, Enter, then Tab to a hit and open it', async () => {
    const page = await teacher.newPage()
    await page.goto('/fi/search')
    await tabTo(page, '#search-q')
    await page.keyboard.type('scratch')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/fi\/search\?q=scratch/)
    await tabTo(page, '[data-testid=results] h3 a')
    const href = await page.evaluate(() => document.activeElement!.getAttribute('href'))
    expect(href).toBe('/fi/materials/example-scratch')
    await page.keyboard.press('Enter')
    await page.waitForURL('**/fi/materials/example-scratch')
    await page.close()
  })

  it('filters: Space ticks a type, Enter on "apply" narrows the results', async () => {
    const page = await teacher.newPage()
    await page.goto('/fi/search?q=ohjelmointi')
    await tabTo(page, 'input[name=type][value=digital-materials]')
    await page.keyboard.press('Space')
    expect((await focused(page)).checked).toBe(true)
    await tabTo(page, '.filters button[type=submit]')
    await page.keyboard.press('Enter')
    await page.waitForURL(/type=digital-materials/)
    const types = await page
      .locator('[data-testid=results] .type-label')
      .evaluateAll((els) => [...new Set(els.map((el) => el.textContent))])
    expect(types).toEqual(['Digitaalinen materiaali'])
    await page.close()
  })

  it('the map list: every place is a link reached by Tab', async () => {
    const page = await teacher.newPage()
    await page.goto('/fi/map')
    await page.locator('[data-testid=place-list] a').first().waitFor()
    const first = await page.locator('[data-testid=place-list] a').first().getAttribute('href')
    await tabTo(page, '[data-testid=place-list] a', 400)
    expect(await page.evaluate(() => document.activeElement!.getAttribute('href'))).toBe(first)
    await page.keyboard.press('Enter')
    await page.waitForURL(`**${first}`)
    await page.close()
  })

  it('rating: arrows choose the stars, Tab to the comment, Enter saves', async () => {
    const page = await teacher.newPage()
    await page.goto('/fi/models/example-robot-programming')
    await tabTo(page, 'input[name=rating]')
    await page.keyboard.press('Space')
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
    expect(await focused(page)).toMatchObject({ value: '4', checked: true })
    await tabTo(page, '#rating-comment')
    await page.keyboard.type('Näppäimistöllä arvioitu.')
    await tabTo(page, '[data-testid=rating-form] button[type=submit]')
    await page.keyboard.press('Enter')
    await page.getByText('Kiitos! Arviosi on tallennettu.').waitFor()
    await page.locator('[data-testid=rating-summary][data-average="4"]').waitFor()
    await page.close()
  })

  it('registering for a training: Tab to the button, Enter, the status is announced', async () => {
    const page = await teacher.newPage()
    await page.goto('/fi/trainings')
    await tabTo(page, `#training-${training} button`)
    await page.keyboard.press('Enter')
    await page
      .locator(`#training-${training} [role=status]`, { hasText: 'Ilmoittautunut' })
      .waitFor()
    await page.close()
  })

  it('self-assessment: arrows choose a level, Enter on "save" saves it', async () => {
    const page = await teacher.newPage()
    await page.goto('/fi/me')
    await tabTo(page, `#c-${digital}`)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect((await focused(page)).value).toBe('A2')
    await tabTo(page, '[data-testid=assessment-form] button[type=submit]')
    await page.keyboard.press('Enter')
    await page
      .locator('[data-testid=assessment-form] [role=status]')
      .filter({ hasText: /\S/ })
      .waitFor()
    expect(await page.locator('[data-testid=assessment-form] [role=status]').textContent()).toMatch(
      /^Tallennettu/,
    )
    await page.close()
  })
})

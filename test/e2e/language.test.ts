import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AREAS } from '../../src/i18n/messages/index.js'
import { DEMO_USERS } from '../../src/seed/examples.js'
import { launchBrowser, newContext } from './helpers/browser.js'
import { startSeededServer } from './helpers/seeded.js'
import type { RunningServer } from './helpers/server.js'

const demo = (role: string) => DEMO_USERS.find((user) => user.roles[0] === role)!

type Tree = { [key: string]: string | Tree }
const leaves = (tree: Tree): string[] =>
  Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : leaves(value)))

/**
 * Every English message that the locale says differently, as a whole-text pattern (placeholders
 * match anything): a text node or a label equal to one of them is English left on the page.
 */
const englishOnly = (locale: 'fi' | 'sv'): RegExp[] => {
  const patterns = new Map<string, RegExp>()
  for (const area of Object.values(AREAS)) {
    const local = new Set(leaves(area[locale] as Tree))
    for (const text of leaves(area.en as Tree)) {
      if (local.has(text) || !/[A-Za-z]{2}/.test(text)) continue
      const source = text
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\{(\w+)\}/g, '.+?')
        .replace(/\s+/g, '\\s+')
      patterns.set(text, new RegExp(`^${source}$`))
    }
  }
  return [...patterns.values()]
}

/** The page's words: text nodes, and the labels people hear or see in place of text. */
const wordsOn = (page: Page) =>
  page.evaluate(() => {
    const words: string[] = [document.title]
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest('script, style, noscript')) continue
      const text = node.textContent?.replace(/\s+/g, ' ').trim()
      if (text) words.push(text)
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
        if (el.getAttribute(name)) words.push(el.getAttribute(name)!.trim())
    return words
  })

let server: RunningServer
let browser: Browser
let anonymous: BrowserContext
let teacher: BrowserContext
let placeSlug: string
let schoolId: number

beforeAll(async () => {
  server = await startSeededServer()
  browser = await launchBrowser()
  const first = async (path: string) =>
    ((await (await fetch(`${server.url}${path}`)).json()) as { docs: Record<string, unknown>[] })
      .docs[0]!
  placeSlug = String((await first('/api/learning-environments?limit=1&depth=0&sort=id')).slug)
  schoolId = Number((await first('/api/schools?limit=1&depth=0&sort=id')).id)
  anonymous = await newContext(browser, { baseURL: server.url })
  teacher = await newContext(browser, { baseURL: server.url })
  const login = await teacher.request.post('/api/users/login', {
    data: { email: demo('teacher').email, password: demo('teacher').password },
  })
  expect(login.status()).toBe(200)
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('no English on the Finnish and Swedish portal', () => {
  for (const locale of ['fi', 'sv'] as const) {
    it(`every page type in ${locale}`, async () => {
      const patterns = englishOnly(locale)
      const visits: [BrowserContext, string][] = [
        ...[
          '',
          '/search?q=scratch',
          '/search?q=qqxyzzy',
          '/map',
          '/models/example-robot-programming',
          '/materials/example-scratch',
          `/places/${placeSlug}`,
          '/pilots/example-pilot-robotics',
          '/competences',
          '/schools',
          `/schools/${schoolId}`,
          '/trainings',
          '/login',
          '/me',
        ].map((path): [BrowserContext, string] => [anonymous, `/${locale}${path}`]),
        [teacher, `/${locale}/me`],
        [teacher, `/${locale}/models/example-robot-programming`],
      ]
      const leaks: string[] = []
      for (const [context, path] of visits) {
        const page = await context.newPage()
        expect([path, (await page.goto(path))!.status()]).toEqual([path, 200])
        await page.locator('main h1').first().waitFor()
        for (const word of await wordsOn(page))
          if (patterns.some((p) => p.test(word))) leaks.push(`${path}: ${word}`)
        await page.close()
      }
      expect(leaks).toEqual([])
    })
  }

  it('a rating that cannot reach the server says so in Finnish', async () => {
    const page = await teacher.newPage()
    await page.goto('/fi/models/example-robot-programming')
    await page.route('**/api/ratings**', (route) => route.abort('internetdisconnected'))
    await page.getByRole('radio', { name: '3/5' }).check()
    await page.getByRole('button', { name: /Tallenna arvio|Muuta arviota/ }).click()
    await expect
      .poll(() => page.locator('[data-testid=rating-form] .notice.error').textContent())
      .toBe(
        'Arviota ei voitu tallentaa: Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
      )
    await page.close()
  })
})

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOCALES } from '../../src/localization.js'
import { DEMO_USERS } from '../../src/seed/examples.js'
import {
  checkPage,
  describe as line,
  type Finding,
  isBlocking,
  writeReport,
} from './helpers/axe.js'
import { launchBrowser, newContext } from './helpers/browser.js'
import { startSeededServer } from './helpers/seeded.js'
import type { RunningServer } from './helpers/server.js'

const demo = (role: string) => DEMO_USERS.find((user) => user.roles[0] === role)!

let server: RunningServer
let browser: Browser
let anonymous: BrowserContext
let teacher: BrowserContext
let admin: BrowserContext
let placeSlug: string
let schoolId: number
let modelId: number
const all: Finding[] = []
/** The admin has hydrated and its accessibility repairs run (src/components/admin/AccessibleAdmin.tsx). */
const ADMIN_READY = 'html[data-accessible-admin]'

const firstDoc = async (path: string) => {
  const res = await fetch(`${server.url}${path}`)
  return ((await res.json()) as { docs: Record<string, unknown>[] }).docs[0]!
}

const signedIn = async (role: string): Promise<BrowserContext> => {
  const context = await newContext(browser, { baseURL: server.url })
  // The API login sets the HttpOnly cookie in the context, as the portal's and admin's forms do.
  const res = await context.request.post('/api/users/login', {
    data: { email: demo(role).email, password: demo(role).password },
  })
  expect(res.status()).toBe(200)
  return context
}

/** Opens each path, waits for the page to settle and runs axe; returns the blocking findings. */
const audit = async (context: BrowserContext, paths: string[], ready = 'main h1') => {
  const page: Page = await context.newPage()
  const found: Finding[] = []
  for (const path of paths) {
    const res = await page.goto(path, { waitUntil: 'load' })
    expect([path, res!.status()]).toEqual([path, 200])
    await page.locator(ready).first().waitFor()
    // Client-rendered parts (the admin's forms) settle once the network is quiet; two frames more
    // let the admin's accessibility repairs, batched to a frame, catch up with the last render.
    await page.waitForLoadState('networkidle')
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    )
    const findings = await checkPage(page)
    all.push(...findings)
    found.push(...findings.filter(isBlocking))
  }
  await page.close()
  return found.map(line)
}

beforeAll(async () => {
  server = await startSeededServer()
  browser = await launchBrowser()
  anonymous = await newContext(browser, { baseURL: server.url })
  teacher = await signedIn('teacher')
  admin = await signedIn('admin')
  placeSlug = String((await firstDoc('/api/learning-environments?limit=1&depth=0&sort=id')).slug)
  schoolId = Number((await firstDoc('/api/schools?limit=1&depth=0&sort=id')).id)
  modelId = Number((await firstDoc('/api/pedagogical-models?limit=1&depth=0&sort=id')).id)
})

afterAll(async () => {
  const file = writeReport('wcag21aa', all)
  const moderate = all.filter((f) => !isBlocking(f))
  console.info(`axe: ${all.length} findings (${moderate.length} moderate/minor) in ${file}`)
  for (const f of moderate) console.info(`axe moderate/minor: ${line(f)}`)
  await browser?.close()
  await server?.stop()
})

describe('axe-core, WCAG 2.1 A and AA: no serious or critical violations', () => {
  for (const locale of LOCALES) {
    it(`every portal page type in ${locale}`, async () => {
      const pages = [
        `/${locale}`,
        `/${locale}/search?q=scratch`,
        `/${locale}/search?q=qqxyzzy`,
        `/${locale}/map`,
        `/${locale}/models/example-robot-programming`,
        `/${locale}/materials/example-scratch`,
        `/${locale}/places/${placeSlug}`,
        `/${locale}/pilots/example-pilot-robotics`,
        `/${locale}/competences`,
        `/${locale}/schools`,
        `/${locale}/schools/${schoolId}`,
        `/${locale}/trainings`,
        `/${locale}/login`,
      ]
      expect(await audit(anonymous, pages)).toEqual([])
      expect(await audit(teacher, [`/${locale}/me`])).toEqual([])
    })
  }

  it('the admin: login, dashboard, a list and an edit view', async () => {
    expect(await audit(anonymous, ['/admin/login'], ADMIN_READY)).toEqual([])
    expect(
      await audit(
        admin,
        [
          '/admin',
          '/admin/collections/pedagogical-models',
          `/admin/collections/pedagogical-models/${modelId}`,
        ],
        ADMIN_READY,
      ),
    ).toEqual([])
  })
})

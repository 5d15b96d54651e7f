import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fiTranslations } from '../../src/i18n/fi.js'
import { DEMO_USERS } from '../../src/seed/examples.js'
import { launchBrowser, newContext, screenshot } from './helpers/browser.js'
import { startSeededServer } from './helpers/seeded.js'
import type { RunningServer } from './helpers/server.js'

const fi = fiTranslations
const MODEL = {
  title: 'Pihapeli murtoluvuilla',
  body: 'Oppilaat jakavat koulun pihan osiin ja nimeävät osat murtolukuina.',
  alt: 'Piirros koulun pihasta ruutuihin jaettuna',
}

const demo = (role: string) => DEMO_USERS.find((user) => user.roles[0] === role)!

let server: RunningServer
let browser: Browser
let imagePath: string

/** REST as a demo user: the checks read what the clicks stored. */
const api = async (
  role: string | null,
  url: string,
  { method = 'GET', body }: { method?: string; body?: unknown } = {},
) => {
  const headers: Record<string, string> = body ? { 'content-type': 'application/json' } : {}
  if (role) {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demo(role).email, password: demo(role).password }),
    })
    headers.Authorization = `JWT ${((await login.json()) as { token: string }).token}`
  }
  const res = await fetch(`${server.url}${url}`, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
  })
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}

const logIn = async (page: Page, role: string) => {
  await page.goto('/admin')
  await page.waitForURL(/\/admin\/login/)
  await page.fill('#field-email', demo(role).email)
  await page.fill('#field-password', demo(role).password)
  await page.getByRole('button', { name: fi.authentication.login, exact: true }).click()
  await page.waitForURL((url) => url.pathname === '/admin')
}

const plainText = (node: any): string =>
  node?.text ?? (node?.children ?? node?.root?.children ?? []).map(plainText).join('')

beforeAll(async () => {
  server = await startSeededServer()
  browser = await launchBrowser()
  const dir = path.join(server.dir, 'fixtures')
  mkdirSync(dir, { recursive: true })
  imagePath = path.join(dir, 'piha.png')
  // A real PNG, drawn here so that no binary fixture is committed.
  await sharp({ create: { width: 320, height: 200, channels: 3, background: '#2f7d4f' } })
    .png()
    .toFile(imagePath)
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('review workflow in the admin', () => {
  let modelId: number | string

  it('an expert logs in in Finnish, writes a model with rich text and an image, and submits it', async () => {
    const context = await newContext(browser, { baseURL: server.url })
    const page = await context.newPage()

    await page.goto('/admin')
    await page.waitForURL(/\/admin\/login/)
    expect(await page.locator('html').getAttribute('lang')).toBe('fi')
    await expect
      .poll(() => page.getByRole('button', { name: fi.authentication.login, exact: true }).count())
      .toBe(1)
    await screenshot(page, 'admin-1-login-fi')

    await logIn(page, 'expert')
    await expect.poll(() => page.getByRole('heading', { name: /Omat lähetykseni/ }).count()).toBe(1)
    await screenshot(page, 'admin-2-expert-dashboard')

    await page.goto('/admin/collections/pedagogical-models/create')
    await page.locator('#field-title').fill(MODEL.title)
    const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
    await editor.click()
    await page.keyboard.type(MODEL.body)

    // The attachments field: upload a new image through its drawer.
    await page
      .locator('#field-attachments')
      .getByRole('button', { name: fi.general.createNew, exact: true })
      .click()
    const drawer = page.locator('.drawer__content').last()
    await drawer.locator('input[type="file"]').setInputFiles(imagePath)
    await drawer.locator('#field-alt').fill(MODEL.alt)
    await screenshot(page, 'admin-3-upload-drawer')
    await drawer.getByRole('button', { name: fi.general.save, exact: true }).click()
    await expect
      .poll(() => page.locator('#field-attachments').getByText('piha').count())
      .toBeGreaterThan(0)
    await screenshot(page, 'admin-4-model-filled')

    await page.getByRole('button', { name: 'Lähetä tarkistettavaksi', exact: true }).click()
    await page.waitForURL(/\/admin\/collections\/pedagogical-models\/\d+/)
    modelId = page.url().match(/pedagogical-models\/(\d+)/)![1]!
    await expect.poll(() => page.getByText('Odottaa toimittajan tarkistusta.').count()).toBe(1)
    // Experts cannot publish, so they are not offered the button.
    expect(await page.getByRole('button', { name: fi.version.publishChanges }).count()).toBe(0)
    await screenshot(page, 'admin-5-submitted')

    const stored = await api(
      'editor',
      `/api/pedagogical-models/${modelId}?draft=true&depth=1&locale=fi`,
    )
    expect(stored.status).toBe(200)
    expect(stored.body.title).toBe(MODEL.title)
    expect(stored.body.reviewStatus).toBe('in-review')
    expect(stored.body._status).toBe('draft')
    expect(plainText(stored.body.body)).toBe(MODEL.body)
    expect(stored.body.attachments).toHaveLength(1)
    expect(stored.body.attachments[0].mimeType).toBe('image/png')
    expect(stored.body.attachments[0].alt).toBe(MODEL.alt)
    expect(stored.body.createdBy.name).toBe(demo('expert').name)

    // Nothing is public yet.
    const anonymous = await api(null, `/api/pedagogical-models/${modelId}`)
    expect(anonymous.status).toBe(404)
    await context.close()
  })

  it('an editor finds it in the review queue and publishes it', async () => {
    const context = await newContext(browser, { baseURL: server.url })
    const page = await context.newPage()
    await logIn(page, 'editor')

    const queue = page.locator('.review-queue')
    await expect
      .poll(() => queue.getByRole('link', { name: MODEL.title, exact: true }).count())
      .toBe(1)
    await expect.poll(() => queue.locator('[data-testid="outbox-pending"]').count()).toBe(1)
    await screenshot(page, 'admin-6-editor-queue')

    await page.goto('/admin/collections/pedagogical-models')
    await page.locator('#filter-awaiting-review').click()
    await page.waitForURL(/where/)
    await expect.poll(() => page.locator('.table tbody tr').count()).toBe(1)
    await screenshot(page, 'admin-7-awaiting-review-filter')

    await page.locator('.table tbody tr').getByRole('link', { name: MODEL.title }).click()
    await page.waitForURL(new RegExp(`/pedagogical-models/${modelId}`))
    await expect
      .poll(() => page.getByRole('button', { name: 'Palauta kommentein', exact: true }).count())
      .toBe(1)
    await page.getByRole('button', { name: fi.version.publishChanges, exact: true }).click()
    await expect
      .poll(() => page.locator('.status__value').first().innerText())
      .toBe(fi.version.published)
    await screenshot(page, 'admin-8-published')

    const published = await api(null, `/api/pedagogical-models/${modelId}?locale=fi`)
    expect(published.status).toBe(200)
    expect(published.body.title).toBe(MODEL.title)
    expect(published.body._status).toBe('published')
    expect(published.body.reviewStatus).toBe('published')
    expect(plainText(published.body.body)).toBe(MODEL.body)
    await context.close()
  })

  it('an editor returns a submission with comments, and the expert sees them', async () => {
    const created = await api('expert', '/api/pedagogical-models?draft=true', {
      method: 'POST',
      body: { title: 'Kaupunkisuunnistus', reviewStatus: 'in-review' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const comment = 'Lisää tavoitteet ja arvioinnin kuvaus.'

    const editorContext = await newContext(browser, { baseURL: server.url })
    const editorPage = await editorContext.newPage()
    await logIn(editorPage, 'editor')
    await editorPage.goto(`/admin/collections/pedagogical-models/${id}`)
    await editorPage.locator('#field-reviewComment').fill(comment)
    await screenshot(editorPage, 'admin-9-return-with-comments')
    await editorPage.getByRole('button', { name: 'Palauta kommentein', exact: true }).click()
    await expect
      .poll(
        async () =>
          (await api('editor', `/api/pedagogical-models/${id}?draft=true`)).body.reviewStatus,
      )
      .toBe('changes-requested')
    const returned = await api('expert', `/api/pedagogical-models/${id}?draft=true`)
    expect(returned.body.reviewComment).toBe(comment)
    expect(returned.body._status).toBe('draft')
    await editorContext.close()

    const expertContext = await newContext(browser, { baseURL: server.url })
    const expertPage = await expertContext.newPage()
    await logIn(expertPage, 'expert')
    await expect
      .poll(() =>
        expertPage
          .locator('.review-queue')
          .getByRole('link', { name: 'Kaupunkisuunnistus' })
          .count(),
      )
      .toBe(1)
    await expertPage.goto(`/admin/collections/pedagogical-models/${id}`)
    await expect
      .poll(() =>
        expertPage
          .getByRole('button', { name: 'Lähetä uudelleen tarkistettavaksi', exact: true })
          .count(),
      )
      .toBe(1)
    await expect
      .poll(() => expertPage.locator('.review-actions__comment-text').innerText())
      .toBe(comment)
    await screenshot(expertPage, 'admin-10-expert-sees-comments')
    await expertContext.close()
  })
})

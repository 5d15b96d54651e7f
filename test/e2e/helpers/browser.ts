import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

import { projectRoot } from '../../../src/server/nextBuild.js'

/** Debian's Chromium; playwright cannot download browsers here. */
const chromiumPath = (): string => {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'])
      .toString()
      .trim()
  } catch {
    throw new Error(
      'Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH',
    )
  }
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), args: FLAGS, headless: true })

/** A fresh context (no cookies) at a desktop size; `locale` sets navigator.language. */
export const newContext = async (
  browser: Browser,
  {
    baseURL,
    locale = 'fi-FI',
    width = 1280,
    height = 900,
  }: {
    baseURL: string
    locale?: string
    width?: number
    height?: number
  },
): Promise<BrowserContext> => {
  const context = await browser.newContext({ baseURL, locale, viewport: { width, height } })
  // Pages compile nothing at run time, but two loaded cores make a first render slow.
  context.setDefaultTimeout(60_000)
  context.setDefaultNavigationTimeout(120_000)
  return context
}

export const screenshotDir = path.join(projectRoot, 'test-results', 'e2e')

/** Full-page screenshot under test-results/e2e/ (git-ignored), for people to look at. */
export const screenshot = async (page: Page, name: string): Promise<string> => {
  mkdirSync(screenshotDir, { recursive: true })
  const file = path.join(screenshotDir, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

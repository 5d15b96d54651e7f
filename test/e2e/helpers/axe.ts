import { createRequire } from 'node:module'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { AxeResults, Result } from 'axe-core'
import type { Page } from 'playwright-core'

import { screenshotDir } from './browser.js'

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** WCAG 2.1 level A and AA, as the Act on the Provision of Digital Services requires. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

export type Finding = {
  url: string
  rule: string
  impact: string
  help: string
  targets: string[]
  /** The first offending element's markup, to find its source. */
  html: string
}

const findings = (url: string, violations: Result[]): Finding[] =>
  violations.map((v) => ({
    url,
    rule: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    targets: v.nodes.map((node) => node.target.join(' ')),
    html: v.nodes[0]?.html.slice(0, 300) ?? '',
  }))

/** Runs axe-core (injected from node_modules: nothing is fetched) on the page as it is now. */
export const checkPage = async (page: Page): Promise<Finding[]> => {
  await page.addScriptTag({ path: axeSource })
  const results = await page.evaluate(
    (tags) =>
      (
        window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } }
      ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_21_AA,
  )
  return findings(new URL(page.url()).pathname + new URL(page.url()).search, results.violations)
}

export const isBlocking = (f: Finding) => f.impact === 'serious' || f.impact === 'critical'

/** One line a finding, for failure messages and the report. */
export const describe = (f: Finding) =>
  `${f.url} ${f.rule} (${f.impact}): ${f.help} — ${f.targets.slice(0, 3).join(', ')}`

/** Every finding of a run, written to test-results/e2e/axe-<name>.json for the note. */
export const writeReport = (name: string, all: Finding[]): string => {
  mkdirSync(screenshotDir, { recursive: true })
  const file = path.join(screenshotDir, `axe-${name}.json`)
  writeFileSync(file, JSON.stringify(all, null, 2))
  return file
}

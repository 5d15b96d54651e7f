/**
 * `npm run bench:portal`: each portal page type in Chromium, warm, BENCH_RUNS (20) times: TTFB
 * p50/p95, LCP p50, bytes transferred and JavaScript bytes (as sent, compressed when the server
 * compresses), beside a bare Express route's TTFB measured the same way in the same run. The
 * server is the real one (`npm start` on a fresh, seeded SQLite database, Next's production
 * build, NODE_ENV=production). Prints a table and the targets; it asserts nothing.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import express from 'express'
import type { Page } from 'playwright-core'

import { ensureNextBuild } from '../../src/server/nextBuild.js'
import { launchBrowser, newContext } from '../../test/e2e/helpers/browser.js'
import { startServer } from '../../test/e2e/helpers/server.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 20)
const TARGET = { ttfbP95: 50, lcp: 1000, jsKB: 150 }
const log = (line: string) => console.log(`[bench:portal] ${line}`)

type Sample = { ttfb: number; lcp: number | null; bytes: number; js: number }

/** One navigation's figures, from the browser's own Navigation, Resource and LCP timings. */
const measure = async (page: Page, url: string): Promise<Sample> => {
  await page.goto(url, { waitUntil: 'load' })
  return page.evaluate(
    () =>
      new Promise<Sample>((resolve) => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
        const js = resources
          .filter((r) => r.initiatorType === 'script' || /\.m?js(\?|$)/.test(r.name))
          .reduce((sum, r) => sum + r.transferSize, 0)
        const bytes = resources.reduce((sum, r) => sum + r.transferSize, nav.transferSize)
        let lcp: number | null = null
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) lcp = entry.startTime
        }).observe({ type: 'largest-contentful-paint', buffered: true })
        // The buffered entries arrive in the observer's first callback, within a frame.
        requestAnimationFrame(() =>
          setTimeout(
            () => resolve({ ttfb: nav.responseStart - nav.requestStart, lcp, bytes, js }),
            0,
          ),
        )
      }),
  )
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
}

await ensureNextBuild()
log('starting the server on a fresh database (the first start seeds it: a few minutes)')
const server = await startServer({
  env: {
    NODE_ENV: 'production',
    PAYLOAD_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    LOG_LEVEL: 'warn',
  },
})
// The baseline: the same Express, one route, nothing behind it.
const bare = express().get('/bare', (_req, res) => {
  res.type('html').send('<!doctype html><title>bare</title><h1>bare</h1>')
})
const bareServer = http.createServer(bare).listen(0, '127.0.0.1')
await new Promise((resolve) => bareServer.once('listening', resolve))
const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/bare`

const browser = await launchBrowser()
try {
  const first = async (path: string) =>
    ((await (await fetch(`${server.url}${path}`)).json()) as { docs: Record<string, unknown>[] })
      .docs[0]!
  const place = String((await first('/api/learning-environments?limit=1&depth=0&sort=id')).slug)
  const school = String((await first('/api/schools?limit=1&depth=0&sort=id')).id)
  const pages: [string, string][] = [
    ['bare Express route', bareUrl],
    ['home', '/fi'],
    ['search, results', '/fi/search?q=ohjelmointi'],
    ['search, none', '/fi/search?q=qqxyzzy'],
    ['map', '/fi/map'],
    ['model', '/fi/models/example-robot-programming'],
    ['material', '/fi/materials/example-scratch'],
    ['place', `/fi/places/${place}`],
    ['pilot', '/fi/pilots/example-pilot-robotics'],
    ['competences', '/fi/competences'],
    ['schools', '/fi/schools'],
    ['school', `/fi/schools/${school}`],
    ['trainings', '/fi/trainings'],
    ['login', '/fi/login'],
  ]
  const context = await newContext(browser, { baseURL: server.url })
  const page = await context.newPage()
  const rows: string[][] = []
  let bareP95 = 0
  for (const [name, url] of pages) {
    // Warm: the first loads fill Next's and the database's caches and the browser's.
    for (let i = 0; i < 3; i++) await measure(page, url)
    const samples: Sample[] = []
    for (let i = 0; i < RUNS; i++) samples.push(await measure(page, url))
    const ttfb = samples.map((s) => s.ttfb)
    const p95 = quantile(ttfb, 0.95)
    if (name.startsWith('bare')) bareP95 = p95
    const lcps = samples.map((s) => s.lcp).filter((v): v is number => v !== null)
    const lcp = lcps.length ? quantile(lcps, 0.5) : NaN
    // Warm loads come from the browser cache; the first load's bytes are what a visitor pays.
    const cold = await (async () => {
      const fresh = await newContext(browser, { baseURL: server.url })
      const p = await fresh.newPage()
      const s = await measure(p, url)
      await fresh.close()
      return s
    })()
    const ok = (pass: boolean) => (pass ? 'ok' : 'OVER')
    rows.push([
      name,
      quantile(ttfb, 0.5).toFixed(1),
      p95.toFixed(1),
      bareP95 ? (p95 / bareP95).toFixed(1) : '1.0',
      Number.isNaN(lcp) ? '–' : lcp.toFixed(0),
      (cold.bytes / 1024).toFixed(1),
      (cold.js / 1024).toFixed(1),
      name.startsWith('bare')
        ? ''
        : [
            `ttfb ${ok(p95 <= TARGET.ttfbP95)}`,
            `lcp ${ok(!(lcp > TARGET.lcp))}`,
            name === 'map' ? 'js (map aside)' : `js ${ok(cold.js / 1024 <= TARGET.jsKB)}`,
          ].join(', '),
    ])
    log(`${name}: done`)
  }
  const head = [
    'page',
    'TTFB p50 ms',
    'TTFB p95 ms',
    'p95 ÷ bare',
    'LCP p50 ms',
    'KB (cold)',
    'JS KB (cold)',
    'targets',
  ]
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')
  console.log(
    `\n${RUNS} warm loads a page in Chromium; targets: TTFB p95 ≤ ${TARGET.ttfbP95} ms, LCP ≤ ${TARGET.lcp} ms, JS ≤ ${TARGET.jsKB} KB\n`,
  )
  console.log(line(head))
  for (const row of rows) console.log(line(row))
} finally {
  await browser.close()
  bareServer.close()
  await server.stop()
}
process.exit(0)

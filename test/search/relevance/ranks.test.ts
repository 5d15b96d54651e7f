/**
 * Relevance over HTTP on the seeded data (examples + Helsinki places): the exact ranks of the 20
 * hardest judged queries, per analyser, so that ranking cannot regress unseen, and the whole
 * judged set's figures (`npm run bench:relevance` prints them per language and engine). Runs with
 * libvoikko (`auto`) and with LEARNING_CITY_ANALYSER=snowball; Orama only (the Meilisearch
 * adapter's ranking is its own).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { analyser } from '../../../src/search/analysis/index.js'
import { reindexAll } from '../../../src/search/index.js'
import { initTestApp, type TestApp } from '../../helpers/app.js'
import { JUDGED, type Judged } from './judged.js'
import { byLocale, firstRelevant, meetsRank, type Outcome } from './metrics.js'

let t: TestApp
beforeAll(async () => {
  t = await initTestApp({ places: true })
  await reindexAll(t.payload)
}, 900_000)
afterAll(async () => {
  await t.close()
})

const ask = async (judged: Judged): Promise<Outcome> => {
  const res = await t.http
    .get('/api/search')
    .query({ q: judged.q, locale: judged.locale, limit: 10 })
  if (res.status !== 200) throw new Error(`${judged.q}: ${res.status} ${res.text}`)
  const body = res.body as { hits: { title: string }[]; total: number }
  return { judged, titles: body.hits.map((h) => h.title), total: body.total }
}

const judged = (locale: Judged['locale'], q: string): Judged => {
  const found = JUDGED.find((j) => j.locale === locale && j.q === q)
  if (!found) throw new Error(`not in the judged set: ${locale} ${q}`)
  return found
}

/**
 * The rank of the first relevant title with Voikko and with Snowball only (null: not in the first
 * ten; for a `none` query, 0 means nothing was found).
 */
const HARDEST: [Judged['locale'], string, number | null, number | null][] = [
  ['fi', 'luontopolulla', 1, 1],
  ['fi', 'temppeliaukionkirkko', 1, null],
  ['fi', 'temppeliaukion kirkko', 1, 1],
  ['fi', 'kaupungin museo', 1, 1],
  ['fi', 'kaupunginmuseo', 1, 1],
  ['fi', 'museoissamme', 3, 3],
  ['fi', 'ohjelmonti', 1, 1],
  ['fi', 'tarinoita', 1, null],
  ['fi', 'Aleksis Kivi', 1, 4],
  ['fi', 'Alvar Aalto', 1, 1],
  ['fi', 'museo vierailu', 1, 1],
  ['fi', 'luonto keskus', 1, 1],
  ['fi', 'temppeliaukon kirkko', 1, 1],
  ['fi', 'eläintraha', 2, 2],
  ['fi', 'Suomenlinnassa', 1, 1],
  ['fi', 'kirahvikokeilu', 0, 0],
  ['sv', 'naturhistoriska', 1, 1],
  ['sv', 'natur historiska', 1, 1],
  ['sv', 'robotprogramering', 1, 1],
  ['en', 'progamming', 1, 1],
]

/** The judged queries Snowball alone cannot answer (Voikko answers them all). */
const SNOWBALL_MISSES = [
  'fi tarinoita',
  'fi eläintarhaan',
  'fi temppeliaukionkirkko',
  'fi Aleksis Kivi',
]

describe(`relevance on the seeded data (${analyser().name})`, () => {
  const voikko = analyser().name === 'voikko'

  it('ranks the 20 hardest queries exactly as measured', async () => {
    const ranks: string[] = []
    for (const [locale, q] of HARDEST) {
      const outcome = await ask(judged(locale, q))
      const rank = outcome.judged.relevant.length === 0 ? outcome.total : firstRelevant(outcome)
      ranks.push(`${locale} ${q}: ${rank}${rank === 1 ? '' : ` (first: ${outcome.titles[0]})`}`)
    }
    // For a reader of a failure: what came first where the rank is not 1.
    console.log(ranks.join('\n'))
    expect(ranks.map((r) => r.replace(/ \(first: .*\)$/, ''))).toEqual(
      HARDEST.map(
        ([locale, q, withVoikko, snowball]) => `${locale} ${q}: ${voikko ? withVoikko : snowball}`,
      ),
    )
  })

  it('meets the judged ranks: Finnish MRR at least 0.9 with Voikko', async () => {
    const outcomes: Outcome[] = []
    for (const j of JUDGED) outcomes.push(await ask(j))
    const figures = byLocale(outcomes)
    expect(JUDGED.length).toBeGreaterThanOrEqual(80)
    const missed = outcomes
      .filter((o) => !meetsRank(o))
      .map((o) => `${o.judged.locale} ${o.judged.q}`)
    console.log(JSON.stringify({ missed, figures }))
    expect(missed).toEqual(voikko ? [] : SNOWBALL_MISSES)
    expect(figures.fi.mrr).toBeGreaterThanOrEqual(voikko ? 0.9 : 0.85)
  })
})

/**
 * Search-as-you-type completions (`GET /api/search/suggest`) and "did you mean" on a search that
 * finds nothing, over HTTP on the seeded examples (Orama).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { analyser } from '../../src/search/analysis/index.js'
import { reindexAll } from '../../src/search/index.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

let t: TestApp
beforeAll(async () => {
  t = await initTestApp()
  await reindexAll(t.payload)
}, 300_000)
afterAll(async () => {
  await t.close()
})

const suggest = async (query: Record<string, string>) => {
  const res = await t.http.get('/api/search/suggest').query(query)
  return {
    status: res.status,
    body: res.body as { suggestions: string[]; errors?: { message: string; field?: string }[] },
  }
}

describe(`search suggestions (${analyser().name})`, () => {
  it('completes titles first, then words, at most eight', async () => {
    const robo = await suggest({ q: 'robo', locale: 'fi' })
    expect(robo.status).toBe(200)
    expect(robo.body.suggestions.slice(0, 2)).toEqual([
      'Robottiohjelmointi alakoulussa',
      'Robotiikkaa joka luokalle (esimerkkikokeilu)',
    ])
    expect(robo.body.suggestions.length).toBeLessThanOrEqual(8)
    const many = await suggest({ q: 'm', locale: 'fi' })
    expect(many.body.suggestions).toHaveLength(8)
    // Earlier words narrow the titles: only the one with both.
    expect((await suggest({ q: 'matematiikan op', locale: 'fi' })).body.suggestions[0]).toBe(
      'Matematiikan opetusvideot',
    )
    expect((await suggest({ q: 'robotp', locale: 'sv' })).body.suggestions[0]).toBe(
      'Robotprogrammering i lågstadiet',
    )
    expect((await suggest({ q: 'flip', locale: 'en' })).body.suggestions).toEqual([
      'Flipped classroom in mathematics',
      'flipped',
    ])
  })

  it('offers base forms with Voikko and title words without it', async () => {
    const words = (await suggest({ q: 'Kaupunki luokkahuoneena ohjelmoi', locale: 'fi' })).body
      .suggestions
    expect(words).toEqual(
      analyser().name === 'voikko'
        ? [
            'Kaupunki luokkahuoneena ohjelmointi',
            'Kaupunki luokkahuoneena ohjelmoida',
            'Kaupunki luokkahuoneena ohjelmoiva',
            'Kaupunki luokkahuoneena ohjelmointiympäristö',
          ]
        : ['Kaupunki luokkahuoneena ohjelmointiympäristö'],
    )
  })

  it('answers nothing to nothing, and 400 to bad parameters', async () => {
    expect((await suggest({ q: ' ', locale: 'fi' })).body.suggestions).toEqual([])
    expect((await suggest({ q: 'robo', locale: 'de' })).status).toBe(400)
    expect((await suggest({ q: 'x'.repeat(101) })).status).toBe(400)
    const unknown = await suggest({ q: 'robo', limit: '3' })
    expect([unknown.status, unknown.body.errors]).toEqual([
      400,
      [{ message: 'Unknown parameter "limit".', field: 'limit' }],
    ])
  })
})

describe('did you mean', () => {
  const search = async (q: string, locale = 'fi') => {
    const res = await t.http.get('/api/search').query({ q, locale })
    expect(res.status).toBe(200)
    return res.body as { total: number; didYouMean?: string }
  }

  it('corrects a query that finds nothing from the titles’ words, when the correction finds', async () => {
    expect(await search('sdautsu')).toMatchObject({ total: 0, didYouMean: 'sadutus' })
    expect(await search('flpiepd', 'en')).toMatchObject({ total: 0, didYouMean: 'flipped' })
    const none = await search('kvanttifysiikka')
    expect([none.total, none.didYouMean]).toEqual([0, undefined])
    expect((await search('sadutus')).didYouMean).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'

import { analyseQuery, analyser, baseForms, typoBudget } from '../../src/search/analysis/index.js'
import { splitSwedish } from '../../src/search/analysis/swedish.js'
import { piecesOf } from '../../src/search/analysis/voikko.js'

// The suites run with libvoikko (the default, `auto`) and once with LEARNING_CITY_ANALYSER=snowball.
const voikko = analyser().name === 'voikko'

describe(`text analysis (${analyser().name})`, () => {
  it('uses Voikko exactly when libvoikko is installed and not turned off', () => {
    expect(analyser().name).toBe(
      process.env.LEARNING_CITY_ANALYSER === 'snowball' ? 'snowball' : 'voikko',
    )
  })

  it('gives Finnish base forms and compound parts with Voikko, Snowball stems without', () => {
    if (!voikko) {
      expect(analyseQuery('luontopolulla', 'fi')).toBe('luontopolu')
      // No splitter: every long word's endings are indexed as its parts instead.
      expect(analyser().indexParts('Robottiohjelmointi', 'fi')).toContain('ohjelmoint')
      expect(analyser().suggest('ohjelmonti', 'fi')).toEqual([])
      return
    }
    const words = analyser().words('luontopolulla museoissamme temppeliaukionkirkko', 'fi')
    expect(words.map((w) => [w.terms, w.parts])).toEqual([
      [['luontopolku'], ['luonto', 'polku']],
      [['museo'], []],
      [['temppeliaukionkirkko'], ['temppeli', 'aukio', 'kirkko']],
    ])
    // The same word inflected otherwise analyses the same way: index and query meet.
    expect(analyseQuery('luontopolut', 'fi')).toBe('luontopolku luonto polku')
    expect(analyseQuery('kaupungin museo', 'fi')).toBe('kaupunki museo')
    expect(analyser().suggest('ohjelmonti', 'fi')[0]).toBe('ohjelmointi')
    expect(analyser().suggest('ohjelmointi', 'fi')).toEqual([])
  })

  it('splits Swedish compounds made of listed parts, and stems with Snowball', () => {
    expect(splitSwedish('naturhistoriska')).toEqual(['natur', 'historiska'])
    expect(splitSwedish('stadsmuseet')).toEqual(['stad', 'museet'])
    expect(splitSwedish('museet')).toEqual([])
    expect(splitSwedish('kvantfysik')).toEqual([])
    expect(analyseQuery('Naturhistoriska', 'sv')).toBe('naturhistorisk natur historisk')
  })

  it('stems English with Snowball and drops stopwords unless they are all there is', () => {
    expect(analyseQuery('the museums of Helsinki', 'en')).toBe('museum helsinki')
    expect(analyseQuery('the', 'en')).toBe('the')
    expect(baseForms('programming programming', 'en')).toEqual(['program'])
  })

  it('forgives typos by word length: none below 5 letters, 1 from 5, 2 from 9', () => {
    expect([4, 5, 8, 9, 20].map(typoBudget)).toEqual([0, 1, 1, 2, 2])
  })

  it('reads compound parts from Voikko’s STRUCTURE', () => {
    expect(piecesOf('robottiohjelmointi', '=ppppppp=ppppppppppp')).toEqual([
      'robotti',
      'ohjelmointi',
    ])
    expect(piecesOf('ulko-opetus', '=pppp-=pppppp')).toEqual(['ulko', 'opetus'])
  })
})

describe('the word cache', () => {
  it('keeps what was used recently and drops the oldest generation when full', async () => {
    const { Lru } = await import('../../src/search/analysis/lru.js')
    const cache = new Lru<string, number>(2)
    cache.set('a', 1)
    cache.set('b', 2)
    cache.set('c', 3) // a and b become the older generation
    expect(cache.get('a')).toBe(1) // used again: back in the current generation
    cache.set('d', 4) // current (c, a) full: becomes the older one, b is dropped
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.get('d')]).toEqual([
      1,
      undefined,
      3,
      4,
    ])
    expect(cache.size).toBeLessThanOrEqual(4)
  })
})

describe('highlighting by the same analysis', () => {
  it('marks inflected forms and compounds the query matched', async () => {
    const { highlight, queryStems } = await import('../../src/search/highlight.js')
    expect(highlight('Luontopolut kulkevat', queryStems('luontopolulla', 'fi'), 'fi')).toBe(
      '<mark>Luontopolut</mark> kulkevat',
    )
    expect(highlight('Kallion kirkko', queryStems('kirkossa', 'fi'), 'fi')).toBe(
      'Kallion <mark>kirkko</mark>',
    )
  })
})

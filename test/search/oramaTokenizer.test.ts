import { describe, expect, it } from 'vitest'

import { memoize } from '../../src/search/memoize.js'
import { compoundTokens, tokenizerFor } from '../../src/search/orama/tokenizer.js'

describe('the in-process engine’s tokenizer', () => {
  const fi = tokenizerFor('fi')
  const sv = tokenizerFor('sv')
  const en = tokenizerFor('en')
  const query = (tokenizer: typeof fi, q: string) => tokenizer.tokenize(q, undefined, undefined)

  it('indexes the endings of compounds, stemmed as words of their own, under `parts` only', () => {
    const parts = fi.tokenize('Robottiohjelmointi alakoulussa', undefined, 'parts')
    expect(parts).toEqual(expect.arrayContaining(query(fi, 'ohjelmointi')))
    expect(parts).toEqual(expect.arrayContaining(query(fi, 'koulussa')))
    expect(fi.tokenize('Robottiohjelmointi', undefined, 'title')).toEqual(
      query(fi, 'robottiohjelmointi'),
    )
    expect(sv.tokenize('Robotprogrammering', undefined, 'parts')).toEqual(
      expect.arrayContaining(query(sv, 'programmering')),
    )
  })

  it('gives short words and English no parts', () => {
    expect(compoundTokens('museo ja kirja', 'fi', fi.normalize)).toEqual([])
    expect(en.tokenize('programming environments', undefined, 'parts')).toEqual([])
  })

  it('drops one-letter tokens and folds å in Finnish text', () => {
    expect(fi.tokenize('e-oppikirjat', undefined, 'title')).toEqual(fi.normalize('oppikirjat'))
    expect(fi.tokenize('Långholmen', undefined, 'title')).toEqual(fi.normalize('langholmen'))
  })
})

describe('memoize', () => {
  it('stems each word once, and starts over when full', () => {
    const calls: string[] = []
    const stem = memoize((w) => (calls.push(w), w.slice(0, 3)), 2)
    expect([stem('abcd'), stem('abcd'), stem('bcde'), stem('cdef'), stem('abcd')]).toEqual([
      'abc',
      'abc',
      'bcd',
      'cde',
      'abc',
    ])
    expect(calls).toEqual(['abcd', 'bcde', 'cdef', 'abcd'])
  })
})

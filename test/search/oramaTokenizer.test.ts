import { describe, expect, it } from 'vitest'

import { memoize } from '../../src/search/memoize.js'
import { analyser } from '../../src/search/analysis/index.js'
import { tokenizerFor } from '../../src/search/orama/tokenizer.js'

describe('the in-process engine’s tokenizer', () => {
  const fi = tokenizerFor('fi')
  const sv = tokenizerFor('sv')
  const en = tokenizerFor('en')
  const terms = (text: string, locale: 'fi' | 'sv' | 'en') =>
    analyser()
      .words(text, locale)
      .flatMap((w) => w.terms)
  // A compound's head (its last part) is indexed beside the whole word.
  const indexed = (text: string, locale: 'fi' | 'sv' | 'en') =>
    analyser()
      .words(text, locale)
      .flatMap((w) => (w.parts.length > 0 ? [...w.terms, w.parts.at(-1)!] : w.terms))

  it('indexes text fields as the analysis’s terms, and compound parts under `parts` only', () => {
    expect(fi.tokenize('Robottiohjelmointi alakoulussa', undefined, 'title')).toEqual(
      indexed('Robottiohjelmointi alakoulussa', 'fi'),
    )
    expect(sv.tokenize('Naturhistoriska museet', undefined, 'title')).toEqual([
      ...terms('Naturhistoriska', 'sv'),
      ...terms('historiska', 'sv'),
      ...terms('museet', 'sv'),
    ])
    expect(fi.tokenize('Robottiohjelmointi', undefined, 'parts')).toEqual(
      expect.arrayContaining(terms('ohjelmointi', 'fi')),
    )
    expect(sv.tokenize('Naturhistoriska museet', undefined, 'parts')).toEqual(
      expect.arrayContaining(terms('natur', 'sv')),
    )
  })

  it('gives short words and English no parts, and does not tokenize ids', () => {
    expect(fi.tokenize('museo ja kirja', undefined, 'parts')).toEqual([])
    expect(en.tokenize('programming environments', undefined, 'parts')).toEqual([])
    expect(fi.tokenize('pedagogical-models:1:fi', undefined, 'id')).toEqual([])
  })

  it('drops one-letter words and keeps å in Finnish text', () => {
    expect(fi.tokenize('e kirjat', undefined, 'title')).toEqual(terms('kirjat', 'fi'))
    expect(fi.tokenize('e-oppikirjat', undefined, 'title').every((t) => t.length > 1)).toBe(true)
    expect(fi.tokenize('Långholmen', undefined, 'title')).toHaveLength(1)
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

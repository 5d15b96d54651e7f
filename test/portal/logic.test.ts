import { describe, expect, it } from 'vitest'

import { SCHOOLS } from '../../src/seed/examples.js'
import { competenceTree } from '../../src/portal/competences.js'
import { format, formatNumber, messages, optionLabel } from '../../src/portal/i18n.js'
import { summarize } from '../../src/portal/ratings.js'
import { deviceReadiness, shareOut } from '../../src/portal/readiness.js'
import { gradeBandOptions } from '../../src/fields/vocabularies.js'

describe('device readiness', () => {
  it('shares too few laptops between the programme bands in proportion to need', () => {
    expect(deviceReadiness(SCHOOLS[0]!)).toEqual({
      laptops: 210,
      needed: 280,
      gap: 70,
      surplus: 0,
      bands: [
        { gradeBand: '1-2', pupils: 80, ratio: 0.5, needed: 40, available: 30, gap: 10 },
        { gradeBand: '3-6', pupils: 160, ratio: 0.75, needed: 120, available: 90, gap: 30 },
        { gradeBand: '7-9', pupils: 120, ratio: 1, needed: 120, available: 90, gap: 30 },
      ],
    })
  })

  it('rounds the need up and the shares to whole laptops that add up', () => {
    const r = deviceReadiness(SCHOOLS[1]!)
    expect(r.bands.map(({ needed, available, gap }) => ({ needed, available, gap }))).toEqual([
      { needed: 30, available: 16, gap: 14 },
      { needed: 98, available: 54, gap: 44 },
    ])
    expect(r.gap).toBe(58)
    expect(shareOut(10, [1, 1, 1])).toEqual([4, 3, 3])
    expect(shareOut(5, [0, 0])).toEqual([0, 0])
  })

  it('shows bands without a programme ratio, and the surplus', () => {
    expect(deviceReadiness(SCHOOLS[2]!)).toEqual({
      laptops: 40,
      needed: 0,
      gap: 0,
      surplus: 40,
      bands: [
        { gradeBand: 'upper-secondary', pupils: 450, ratio: null, needed: 0, available: 0, gap: 0 },
      ],
    })
    expect(
      deviceReadiness({
        pupils: [{ gradeBand: '7-9', count: 20 }],
        devices: [
          { kind: 'laptop', count: 25 },
          { kind: 'tablet', count: 100 },
        ],
      }),
    ).toEqual({
      laptops: 25,
      needed: 20,
      gap: 0,
      surplus: 5,
      bands: [{ gradeBand: '7-9', pupils: 20, ratio: 1, needed: 20, available: 20, gap: 0 }],
    })
  })
})

describe('the competence tree', () => {
  const nodes = [
    { id: 1, code: '3', name: 'Teaching', framework: 'digcompedu', parent: null },
    { id: 3, code: '3.2', name: 'Guidance', framework: 'digcompedu', parent: 1 },
    { id: 2, code: '3.10', name: 'Ten', framework: 'digcompedu', parent: 1 },
    { id: 4, code: '3.1', name: 'Teaching', framework: 'digcompedu', parent: 1 },
  ]
  it('counts each item once under every node above what it links to', () => {
    const tree = competenceTree(nodes, [
      { key: 'models:1', competenceAreas: [4, 3] },
      { key: 'models:2', competenceAreas: [4] },
      { key: 'pilots:1', competenceAreas: [1] },
    ])
    expect(tree.map((n) => [n.code, n.count])).toEqual([['3', 3]])
    expect(tree[0]!.children.map((n) => [n.code, n.count])).toEqual([
      ['3.1', 2],
      ['3.2', 1],
      ['3.10', 0],
    ])
  })
})

describe('portal words', () => {
  it('has every key in all three languages', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      )
    const en = keys(messages('en')).sort()
    expect(keys(messages('fi')).sort()).toEqual(en)
    expect(keys(messages('sv')).sort()).toEqual(en)
    expect(en.length).toBeGreaterThan(150)
  })

  it('formats placeholders, numbers and vocabulary labels per locale', () => {
    expect(format(messages('sv').search.results, { count: 12 })).toBe('12 träffar')
    expect(formatNumber(3.25, 'fi')).toBe('3,3')
    expect(formatNumber(3.25, 'en')).toBe('3.3')
    expect(optionLabel(gradeBandOptions, '3-6', 'sv')).toBe('Årskurs 3–6')
    expect(optionLabel(gradeBandOptions, 'unknown', 'fi')).toBe('unknown')
    expect(summarize([5, 4, 4])).toEqual({ average: 4.3, count: 3 })
    expect(summarize([])).toEqual({ average: null, count: 0 })
  })
})

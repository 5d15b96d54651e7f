import { describe, expect, it } from 'vitest'

import {
  areaDistributions,
  areaLevels,
  levelOfMean,
  levelValue,
  share,
} from '../../src/portal/charts.js'

const areaOf = (code: string) => code.split('.')[0] ?? null

describe('chart numbers', () => {
  it('places values on the scale, clamped to the plot', () => {
    expect([share(0.375, 0.75), share(2, 1), share(-1, 1), share(1, 0)]).toEqual([0.5, 1, 0, 0])
  })

  it('rounds a mean of levels down to a level', () => {
    expect([levelValue('A1'), levelValue('C2')]).toEqual([1, 6])
    // B1 (3) and B2 (4): 3.5 is B1, never the flattering B2.
    expect(levelOfMean([3, 4])).toBe('B1')
    expect(levelOfMean([6, 6])).toBe('C2')
    expect(levelOfMean([])).toBeNull()
  })

  it("gives each area the teacher's level now and before the newest assessment", () => {
    const newestFirst = [
      { answers: [{ code: '3.3', level: 'B2' }] },
      {
        answers: [
          { code: '3.3', level: 'A2' },
          { code: '3.1', level: 'B1' },
          { code: '1.2', level: 'C1' },
          { code: null, level: 'A1' },
        ],
      },
    ]
    expect(areaLevels(newestFirst, areaOf)).toEqual([
      { area: '1', current: 'C1', previous: 'C1' },
      // Now 3.1 B1 (3) and 3.3 B2 (4) → B1; before, B1 (3) and A2 (2) → A2.
      { area: '3', current: 'B1', previous: 'A2' },
    ])
    expect(areaLevels(newestFirst.slice(1, 2), areaOf)).toEqual([
      { area: '1', current: 'C1', previous: null },
      { area: '3', current: 'A2', previous: null },
    ])
  })
})

describe('level distributions per area', () => {
  it('sums the shown competences per area, weakest first, leaving suppressed ones out', () => {
    const levels = (a: number[]) =>
      Object.fromEntries(
        ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((l, i) => [l, a[i] ?? 0]),
      ) as never
    expect(
      areaDistributions([
        { competence: { area: '4' }, levels: levels([0, 0, 0, 1, 4, 0]) },
        { competence: { area: '2' }, levels: levels([0, 5, 0, 0, 0, 0]) },
        { competence: { area: '2' }, levels: levels([1, 0, 4, 0, 0, 0]) },
        { competence: { area: '3' }, levels: null },
        { competence: { area: null }, levels: levels([5]) },
      ]).map((a) => [a.area, a.answers, a.mean]),
    ).toEqual([
      // (5 × 2 + 1 × 1 + 4 × 3) / 10
      ['2', 10, 2.3],
      ['4', 5, 4.8],
    ])
  })
})

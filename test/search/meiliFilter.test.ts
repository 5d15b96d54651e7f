import { describe, expect, it } from 'vitest'

import { schoolDeviceFilter } from '../../src/search/filters.js'
import { geoRadius, quote, toMeiliFilter } from '../../src/search/meilisearch/filter.js'
import { meiliKey } from '../../src/search/meilisearch/engine.js'

describe('Meilisearch filter strings', () => {
  it('quotes values and escapes quotes and backslashes', () => {
    expect(quote('cc-by')).toBe('"cc-by"')
    expect(quote('say "hi"')).toBe('"say \\"hi\\""')
    expect(quote('back\\slash')).toBe('"back\\\\slash"')
    expect(quote('\\"')).toBe('"\\\\\\""')
  })

  it('keeps operators inside values as text', () => {
    expect(toMeiliFilter({ field: 'licence', op: 'in', values: ['x" OR type = "pilots'] })).toBe(
      'licence IN ["x\\" OR type = \\"pilots"]',
    )
    expect(
      toMeiliFilter({
        field: 'subjects',
        op: 'any',
        values: ['a] OR free = true AND [b', 'NOT x'],
      }),
    ).toBe('subjects IN ["a] OR free = true AND [b", "NOT x"]')
  })

  it('compiles nested trees, numbers and booleans', () => {
    expect(
      toMeiliFilter({
        op: 'and',
        filters: [
          { field: 'type', op: 'in', values: ['pilots', 'digital-materials'] },
          { field: 'free', op: 'is', value: true },
          {
            op: 'or',
            filters: [
              { field: 'devicesPerPupil', op: 'eq', value: 0 },
              { field: 'devicesPerPupil', op: 'lte', value: 0.75 },
            ],
          },
        ],
      }),
    ).toBe(
      '(type IN ["pilots", "digital-materials"] AND free = true AND (devicesPerPupil = 0 OR devicesPerPupil <= 0.75))',
    )
  })

  it('refuses numbers that are not finite and empty groups', () => {
    expect(() => toMeiliFilter({ field: 'devicesPerPupil', op: 'lte', value: Number.NaN })).toThrow(
      'Not a finite number: NaN',
    )
    expect(() => toMeiliFilter({ op: 'or', filters: [] })).toThrow('Empty or filter')
    expect(geoRadius(60.1738, 24.9382, 2000)).toBe('_geoRadius(60.1738, 24.9382, 2000)')
  })

  it('builds a school inventory filter per device kind', () => {
    const filter = schoolDeviceFilter({
      pupils: [
        { gradeBand: '1-2', count: 60 },
        { gradeBand: '3-6', count: 140 },
      ],
      devices: [
        { kind: 'laptop', count: 100 },
        { kind: 'tablet', count: 30 },
        { kind: 'camera', count: 0 },
      ],
    })
    expect(toMeiliFilter(filter)).toBe(
      '(devicesPerPupil = 0 OR (deviceKinds IN ["laptop"] AND devicesPerPupil <= 0.5) OR (deviceKinds IN ["tablet"] AND devicesPerPupil <= 0.15))',
    )
  })

  it('turns document ids into Meilisearch primary keys', () => {
    expect(meiliKey('pedagogical-models:12:fi')).toBe('pedagogical-models__12__fi')
    expect(meiliKey('pilots:65f0a1:sv')).toBe('pilots__65f0a1__sv')
  })
})

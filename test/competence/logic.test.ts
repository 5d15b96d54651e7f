import { describe, expect, it } from 'vitest'

import { levelDistribution } from '../../src/competence/aggregate.js'
import { fitsSchool } from '../../src/competence/deviceFit.js'
import { describeLevels, nextLevel, type Level } from '../../src/competence/levels.js'
import { compareCodes, currentProfile, weakestCompetences } from '../../src/competence/profile.js'
import { reasonText } from '../../src/competence/recommend.js'
import { freeSeats, registrationOpen, waitlistOrder } from '../../src/competence/waitlist.js'

const profile = (entries: [string, Level][]) => new Map(entries)

describe('levels', () => {
  it('go A1 to C2 with a name and a one-line description in each language', () => {
    expect(describeLevels('en').map((l) => `${l.level} ${l.name}`)).toEqual([
      'A1 Newcomer',
      'A2 Explorer',
      'B1 Integrator',
      'B2 Expert',
      'C1 Leader',
      'C2 Pioneer',
    ])
    for (const locale of ['fi', 'sv', 'en'] as const) {
      for (const level of describeLevels(locale)) expect(level.description).toMatch(/^\S.{20,}\.$/)
    }
    expect([nextLevel('A2'), nextLevel('C2')]).toEqual(['B1', null])
  })
})

describe('weakest competences', () => {
  const code = (id: string) => id
  it('are the two lowest, plus a third that ties the second, never C2', () => {
    expect(
      weakestCompetences(
        profile([
          ['3.3', 'A2'],
          ['1.2', 'B1'],
          ['6.5', 'A2'],
          ['5.2', 'A1'],
        ]),
        code,
      ).map((w) => `${w.code}:${w.level}>${w.target}`),
    ).toEqual(['5.2:A1>A2', '3.3:A2>B1', '6.5:A2>B1'])
    expect(
      weakestCompetences(
        profile([
          ['3.3', 'A2'],
          ['1.2', 'B1'],
          ['5.2', 'A1'],
        ]),
        code,
      ).map((w) => w.code),
    ).toEqual(['5.2', '3.3'])
    expect(weakestCompetences(profile([['2.1', 'C2']]), code)).toEqual([])
  })

  it('take the latest answer per competence across the history', () => {
    const current = currentProfile([
      { id: 2, createdAt: '2026-03-01T00:00:00.000Z', answers: [{ competence: 'a', level: 'B1' }] },
      {
        id: 1,
        createdAt: '2026-01-01T00:00:00.000Z',
        answers: [
          { competence: 'a', level: 'A1' },
          { competence: 'b', level: 'A2' },
        ],
      },
    ])
    expect([...current]).toEqual([
      ['a', 'B1'],
      ['b', 'A2'],
    ])
  })

  it('order codes part by part', () => {
    expect(['1.10', '1.2', '10', '2', 'L1'].sort(compareCodes)).toEqual([
      '1.2',
      '1.10',
      '2',
      '10',
      'L1',
    ])
  })
})

describe('aggregates', () => {
  const competence = { id: 'c', code: '3.3', name: 'Collaborative learning', area: '3' }
  it('are suppressed at four respondents and shown at five', () => {
    const four = Array.from({ length: 4 }, () => profile([['c', 'B1']]))
    expect(levelDistribution([competence], four)).toEqual([
      { competence, suppressed: true, respondents: null, levels: null },
    ])
    const five = [...four, profile([['c', 'A1']]), profile([['other', 'A1']])]
    expect(levelDistribution([competence], five)).toEqual([
      {
        competence,
        suppressed: false,
        respondents: 5,
        levels: { A1: 1, A2: 0, B1: 4, B2: 0, C1: 0, C2: 0 },
      },
    ])
  })
})

describe('seats and the waitlist', () => {
  it('hand out the lowest free seat and serve the waitlist first come first served', () => {
    expect(freeSeats(5, [2, null, 4])).toEqual([1, 3, 5])
    expect(freeSeats(2, [1, 2])).toEqual([])
    expect(
      waitlistOrder([
        { id: 9, queuedAt: '2026-01-01T00:00:01.000Z' },
        { id: 7, queuedAt: '2026-01-01T00:00:02.000Z' },
        { id: 3, queuedAt: '2026-01-01T00:00:01.000Z' },
      ]).map((r) => r.id),
    ).toEqual([3, 9, 7])
    const now = new Date('2026-05-01T12:00:00.000Z')
    expect([
      registrationOpen(null, now),
      registrationOpen('2026-05-01T12:00:00.000Z', now),
      registrationOpen('2026-05-01T11:59:59.000Z', now),
    ]).toEqual([true, true, false])
  })
})

describe('devices', () => {
  const school = {
    pupils: [
      { gradeBand: '3-6', count: 100 },
      { gradeBand: '7-9', count: 50 },
    ],
    devices: [
      { kind: 'laptop', count: 60 },
      { kind: 'tablet', count: 20 },
    ],
  }
  it('fit when the named kinds cover the per-pupil need of the item’s grade bands', () => {
    expect(fitsSchool({ deviceKinds: ['laptop'], devicesPerPupil: 1 }, ['7-9'], school)).toBe(true)
    expect(fitsSchool({ deviceKinds: ['laptop'], devicesPerPupil: 1 }, ['3-6'], school)).toBe(false)
    expect(
      fitsSchool({ deviceKinds: ['laptop', 'tablet'], devicesPerPupil: 0.5 }, [], school),
    ).toBe(true)
    expect(
      fitsSchool({ deviceKinds: ['interactive-display'], devicesPerPupil: 0 }, [], school),
    ).toBe(false)
    expect(fitsSchool(null, ['3-6'], school)).toBe(true)
  })
})

describe('reasons', () => {
  it('are worded in fi, sv and en', () => {
    const c = { code: '3.3', name: 'X' }
    expect(reasonText('en', 'digital-materials', c, 'A2', 'B1')).toBe(
      'you assessed 3.3 X at A2; this material targets B1',
    )
    expect(reasonText('fi', 'trainings', c, 'A2', 'B1')).toBe(
      'arvioit osaamisesi 3.3 X tasolle A2; tämä koulutus tähtää tasolle B1',
    )
    expect(reasonText('sv', 'digital-materials', c, 'A2', 'B1')).toBe(
      'du bedömde 3.3 X till nivå A2; detta material siktar på nivå B1',
    )
  })
})

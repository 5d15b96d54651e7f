/**
 * The Meilisearch index settings the adapter owns, and how it decides what to send: pure functions,
 * no server. (The same settings against a live server: test/search/meilisearch.test.ts.)
 */
import { describe, expect, it } from 'vitest'

import {
  describeDrift,
  meiliSettings,
  settingsToUpdate,
  synonyms,
} from '../../src/search/meilisearch/settings.js'

/** What Meilisearch 1.x answers from GET /settings once `meiliSettings('fi')` is applied. */
const appliedFi = () => ({
  displayedAttributes: ['*'],
  searchableAttributes: [
    'title',
    'summary',
    'competenceNames',
    'text',
    'district',
    'baseForms',
    'parts',
  ],
  // Sorted, as the server returns them.
  filterableAttributes: [
    '_geo',
    'competenceCodes',
    'competenceTop',
    'deviceKinds',
    'devicesPerPupil',
    'free',
    'gradeBands',
    'kind',
    'licence',
    'locale',
    'subjects',
    'type',
  ],
  sortableAttributes: ['_geo', 'updatedAt'],
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  stopWords: ['ja', 'ne', 'on', 'ovat', 'se', 'sekä', 'tai'],
  nonSeparatorTokens: [],
  separatorTokens: [],
  dictionary: [],
  synonyms: {
    ar: ['lisätty todellisuus'],
    'lisätty todellisuus': ['ar'],
    'tieto- ja viestintäteknologia': ['tvt'],
    tvt: ['tieto- ja viestintäteknologia'],
    virtuaalitodellisuus: ['vr'],
    vr: ['virtuaalitodellisuus'],
  },
  distinctAttribute: null,
  proximityPrecision: 'byWord' as const,
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnWords: [],
    disableOnAttributes: [],
  },
  faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'alpha' as const } },
  pagination: { maxTotalHits: 100000 },
  searchCutoffMs: null,
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['fin' as const] }],
})

describe('the settings the adapter applies', () => {
  it('rank a requested sort before words, search base forms and compound parts last', () => {
    const fi = meiliSettings('fi')
    expect(fi.rankingRules).toEqual([
      'sort',
      'words',
      'typo',
      'proximity',
      'attribute',
      'exactness',
    ])
    expect(fi.searchableAttributes).toEqual([
      'title',
      'summary',
      'competenceNames',
      'text',
      'district',
      'baseForms',
      'parts',
    ])
    expect(fi.sortableAttributes).toEqual(['updatedAt', '_geo'])
    expect(fi.filterableAttributes).toHaveLength(12)
    expect(fi.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    })
  })

  it('give each locale its language, stop words and two-way synonyms', () => {
    expect(meiliSettings('sv').localizedAttributes).toEqual([
      { attributePatterns: ['*'], locales: ['swe'] },
    ])
    expect(meiliSettings('en').localizedAttributes).toEqual([
      { attributePatterns: ['*'], locales: ['eng'] },
    ])
    expect(meiliSettings('sv').stopWords).toEqual([
      'och',
      'eller',
      'att',
      'är',
      'en',
      'ett',
      'det',
      'den',
      'som',
    ])
    expect(synonyms('sv')).toEqual({
      ikt: ['informations- och kommunikationsteknik'],
      'informations- och kommunikationsteknik': ['ikt'],
      vr: ['virtuell verklighet'],
      'virtuell verklighet': ['vr'],
    })
    expect(synonyms('en').vr).toEqual(['virtual reality'])
    expect(synonyms('en')['virtual reality']).toEqual(['vr'])
  })
})

describe('compare, then update', () => {
  it('sends nothing when the server already has every setting (in its own order and shape)', () => {
    expect(settingsToUpdate(meiliSettings('fi'), appliedFi())).toEqual({})
  })

  it('sends everything to a fresh index with Meilisearch defaults', () => {
    const defaults = {
      searchableAttributes: ['*'],
      filterableAttributes: [],
      sortableAttributes: [],
      rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
      stopWords: [],
      synonyms: {},
      typoTolerance: {
        enabled: true,
        minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
        disableOnWords: [],
        disableOnAttributes: [],
      },
      faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' as const } },
      pagination: { maxTotalHits: 1000 },
      localizedAttributes: null,
    }
    expect(Object.keys(settingsToUpdate(meiliSettings('fi'), defaults)).sort()).toEqual([
      'faceting',
      'filterableAttributes',
      'localizedAttributes',
      'pagination',
      'rankingRules',
      'searchableAttributes',
      'sortableAttributes',
      'stopWords',
      'synonyms',
    ])
  })

  it('sends only what drifted, and says what it was', () => {
    const drifted = {
      ...appliedFi(),
      rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
      // An extra synonym set by hand is drift too: synonyms are compared both ways.
      synonyms: { ...appliedFi().synonyms, koulu: ['opisto'] },
      typoTolerance: {
        ...appliedFi().typoTolerance,
        minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 },
      },
    }
    const wanted = meiliSettings('fi')
    expect(settingsToUpdate(wanted, drifted)).toEqual({
      rankingRules: wanted.rankingRules,
      synonyms: wanted.synonyms,
      typoTolerance: wanted.typoTolerance,
    })
    expect(describeDrift('learning-city-fi', wanted, drifted)).toEqual([
      'learning-city-fi: rankingRules is ["words","typo","proximity","attribute","sort","exactness"], wanted ["sort","words","typo","proximity","attribute","exactness"]',
      `learning-city-fi: synonyms is ${JSON.stringify(drifted.synonyms)}, wanted ${JSON.stringify(wanted.synonyms)}`,
      `learning-city-fi: typoTolerance is ${JSON.stringify(drifted.typoTolerance)}, wanted {"enabled":true,"minWordSizeForTypos":{"oneTypo":5,"twoTypos":9}}`,
    ])
  })

  it('treats searchable attributes as ordered and filterable ones as a set', () => {
    const applied = appliedFi()
    const reordered = {
      ...applied,
      searchableAttributes: [
        'summary',
        ...applied.searchableAttributes.filter((a) => a !== 'summary'),
      ],
      filterableAttributes: [...applied.filterableAttributes].reverse(),
    }
    expect(Object.keys(settingsToUpdate(meiliSettings('fi'), reordered))).toEqual([
      'searchableAttributes',
    ])
  })
})

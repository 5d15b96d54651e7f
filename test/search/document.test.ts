import { describe, expect, it } from 'vitest'

import { baseForms } from '../../src/search/analysis/index.js'
import { compoundParts, documentId, toSearchDocument } from '../../src/search/document.js'
import { paragraphs } from '../../src/fields/richText.js'

const area = (code: string, name: Record<string, string>, parent?: unknown) => ({
  id: code,
  code,
  name,
  parent,
})
const digital = area('6', {
  fi: 'Oppijoiden digitaalinen osaaminen',
  sv: 'Elevernas digitala kompetens',
  en: "Learners' digital competence",
})

/** A model as Payload returns it with `locale: 'all'` and depth 2. */
const model = {
  id: 7,
  _status: 'published',
  slug: 'robotit',
  updatedAt: '2026-11-01T10:00:00.000Z',
  title: {
    fi: 'Robottiohjelmointi alakoulussa',
    sv: 'Robotprogrammering i lågstadiet',
    en: 'Robot programming',
  },
  summary: { fi: 'Oppilaat ohjelmoivat robotin.', sv: 'Eleverna programmerar en robot.', en: null },
  body: {
    fi: paragraphs('Aloita ilman laitteita.', 'Sitten robotit.'),
    sv: paragraphs('Börja utan enheter.'),
    en: paragraphs('Start unplugged.'),
  },
  gradeBands: ['1-2', '3-6'],
  subjects: ['mathematics'],
  competenceAreas: [
    area('6.5', { fi: 'Ongelmanratkaisu', sv: 'Problemlösning', en: 'Problem solving' }, digital),
    area('L5', { fi: 'TVT-osaaminen', sv: 'Digital kompetens', en: 'ICT competence' }),
  ],
  deviceProfile: { id: 3, devicesPerPupil: 0.25, deviceKinds: ['robotics-kit', 'tablet'] },
  licence: 'cc-by',
}

describe('toSearchDocument', () => {
  it('maps a published model to one document per locale, with the locale’s texts', () => {
    expect(toSearchDocument('pedagogical-models', model, 'fi')).toEqual({
      id: 'pedagogical-models:7:fi',
      itemId: '7',
      type: 'pedagogical-models',
      locale: 'fi',
      slug: 'robotit',
      title: 'Robottiohjelmointi alakoulussa',
      summary: 'Oppilaat ohjelmoivat robotin.',
      text: 'Aloita ilman laitteita.\n\nSitten robotit.',
      gradeBands: ['1-2', '3-6'],
      subjects: ['mathematics'],
      competenceCodes: ['6.5', '6', 'L5'],
      competenceTop: ['6', 'L5'],
      competenceNames: ['Ongelmanratkaisu', 'TVT-osaaminen'],
      // Every analysed term of the texts, as `baseForms` gives them (test/search/analysis.test.ts).
      baseForms: baseForms(
        'Robottiohjelmointi alakoulussa\nOppilaat ohjelmoivat robotin.\nOngelmanratkaisu\nTVT-osaaminen\n\nAloita ilman laitteita.\n\nSitten robotit.',
        'fi',
      ).join(' '),
      devicesPerPupil: 0.25,
      deviceKinds: ['robotics-kit', 'tablet'],
      location: null,
      district: '',
      kind: '',
      licence: 'cc-by',
      free: true,
      languages: [],
      accessibility: [],
      updatedAt: Date.parse('2026-11-01T10:00:00.000Z'),
      url: '/fi/models/robotit',
      rating: { average: null, count: 0 },
    })
    const sv = toSearchDocument('pedagogical-models', model, 'sv')!
    expect([sv.id, sv.title, sv.text, sv.url, sv.competenceNames]).toEqual([
      'pedagogical-models:7:sv',
      'Robotprogrammering i lågstadiet',
      'Börja utan enheter.',
      '/sv/models/robotit',
      ['Problemlösning', 'Digital kompetens'],
    ])
  })

  it('carries the rating summary it is given', () => {
    const doc = toSearchDocument('pedagogical-models', model, 'sv', {
      rating: { average: 4.5, count: 2 },
    })!
    expect(doc.rating).toEqual({ average: 4.5, count: 2 })
  })

  it('falls back to Finnish where a locale is empty, as Payload does', () => {
    expect(toSearchDocument('pedagogical-models', model, 'en')!.summary).toBe(
      'Oppilaat ohjelmoivat robotin.',
    )
  })

  it('gives nothing for drafts: only published versions are searchable', () => {
    expect(toSearchDocument('pedagogical-models', { ...model, _status: 'draft' }, 'fi')).toBeNull()
    expect(
      toSearchDocument('pedagogical-models', { ...model, _status: undefined }, 'fi'),
    ).toBeNull()
  })

  it('maps a place with its location, kind, district and cost', () => {
    const doc = toSearchDocument(
      'learning-environments',
      {
        id: 'abc',
        _status: 'published',
        slug: 'oodi',
        title: 'Oodi',
        summary: null,
        kind: 'library',
        district: 'Keskusta',
        location: { lat: 60.1738, lng: 24.9382 },
        gradeBands: ['early'],
        cost: 'free',
        accessibility: ['step-free-access'],
        description: paragraphs('Keskustakirjasto.'),
        themes: { fi: ['lukeminen'], sv: ['läsning'], en: ['reading'] },
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
      'sv',
    )!
    expect([
      doc.id,
      doc.location,
      doc.kind,
      doc.district,
      doc.free,
      doc.accessibility,
      doc.text,
      doc.devicesPerPupil,
      doc.url,
    ]).toEqual([
      'learning-environments:abc:sv',
      { lat: 60.1738, lng: 24.9382 },
      'library',
      'Keskusta',
      true,
      ['step-free-access'],
      'Keskustakirjasto.\n\nläsning',
      0,
      '/sv/places/oodi',
    ])
  })

  it('treats a material as free only when its cost says so', () => {
    const base = {
      id: 1,
      _status: 'published',
      slug: 'm',
      title: 'M',
      description: 'Kuvaus',
      languages: ['fi'],
      accessibilityFeatures: ['captions'],
    }
    expect(toSearchDocument('digital-materials', { ...base, cost: 'paid' }, 'fi')!.free).toBe(false)
    const free = toSearchDocument('digital-materials', { ...base, cost: 'free' }, 'fi')!
    expect([free.free, free.summary, free.languages, free.accessibility, free.url]).toEqual([
      true,
      'Kuvaus',
      ['fi'],
      ['captions'],
      '/fi/materials/m',
    ])
  })

  it('keys documents by collection, id and locale', () => {
    expect(documentId('pilots', 12, 'sv')).toBe('pilots:12:sv')
  })
})

describe('compoundParts (Finnish and Swedish compounds)', () => {
  it('adds the heads of long words so that a part finds the compound', () => {
    const parts = compoundParts('Robottiohjelmointi', 'fi')
    expect(parts).toContain('ohjelmointi')
    expect(parts).toEqual([
      'ottiohjelmointi',
      'ttiohjelmointi',
      'tiohjelmointi',
      'iohjelmointi',
      'ohjelmointi',
      'hjelmointi',
      'jelmointi',
      'elmointi',
      'lmointi',
      'mointi',
      'ointi',
    ])
    expect(compoundParts('robotprogrammering', 'sv')).toContain('programmering')
  })

  it('leaves short words and English alone', () => {
    expect(compoundParts('museo ja kirja', 'fi')).toEqual([])
    expect(compoundParts('programming environments', 'en')).toEqual([])
  })
})

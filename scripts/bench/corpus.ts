import type { Payload } from 'payload'

import { paragraphs } from '../../src/fields/richText.js'
import { SEED_CONTEXT } from '../../src/seed/index.js'

// Words a Finnish teacher writes, combined so that each generated item is different.
export const TOPICS = [
  'Ohjelmointi',
  'Matematiikka',
  'Luonto',
  'Historia',
  'Kuvataide',
  'Musiikki',
  'Kemia',
  'Fysiikka',
  'Maantieto',
  'Terveystieto',
  'Kielet',
  'Liikunta',
  'Käsityö',
  'Mediakasvatus',
  'Yrittäjyys',
]
export const METHODS = [
  'projektityö',
  'tutkiva oppiminen',
  'pelillistäminen',
  'käänteinen opetus',
  'ilmiöoppiminen',
  'vertaisarviointi',
  'tarinallistaminen',
  'robotiikka',
  'videointi',
  'ulko-opetus',
]
export const PLACES = [
  'museossa',
  'kirjastossa',
  'lähimetsässä',
  'koulun pihalla',
  'tiedekeskuksessa',
  'saaristossa',
  'kaupungilla',
  'luokassa',
]
const GRADES = [['1-2'], ['3-6'], ['7-9'], ['3-6', '7-9'], ['upper-secondary']]
const pick = <T>(list: T[], i: number) => list[i % list.length]!

/**
 * `count` published pedagogical models for the benchmarks, written as the seed writes them (no
 * search hooks: reindex afterwards). `progress` hears every 500th.
 */
export const generateModels = async (
  payload: Payload,
  count: number,
  progress: (done: number) => void = () => {},
): Promise<void> => {
  for (let i = 0; i < count; i++) {
    const topic = pick(TOPICS, i)
    const method = pick(METHODS, Math.floor(i / TOPICS.length))
    const place = pick(PLACES, Math.floor(i / 7))
    await payload.create({
      collection: 'pedagogical-models',
      context: SEED_CONTEXT,
      overrideAccess: true,
      depth: 0,
      locale: 'fi',
      data: {
        _status: 'published',
        title: `${topic}: ${method} ${place} ${i + 1}`,
        summary: `Oppilaat harjoittelevat aihetta ${topic.toLowerCase()} menetelmällä ${method} ${place}.`,
        body: paragraphs(
          `Malli ${i + 1}. ${topic} ja ${method}: suunnittele, kokeile ja arvioi yhdessä.`,
        ),
        gradeBands: pick(GRADES, i),
        licence: 'cc-by',
      } as never,
    })
    if ((i + 1) % 500 === 0) progress(i + 1)
  }
}

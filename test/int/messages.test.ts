import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AREAS, messagesFor, translateMessage } from '../../src/i18n/messages/index.js'
import { LOCALES } from '../../src/localization.js'
import { initTestApp, type TestApp } from '../helpers/app.js'

type Tree = { [key: string]: string | Tree }

/** Every leaf of a message object as [dotted key, text]. */
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  )

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

/** Texts that are the same in every language: names and codes, not words. */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'portal.siteName',
  // "min" abbreviates minutes in all three.
  'portal.detail.minutes',
])

describe('the message catalogue', () => {
  it('has every key in fi, sv and en, none empty, with the same placeholders', () => {
    let walked = 0
    for (const [name, area] of Object.entries(AREAS)) {
      const english = leaves(area.en as Tree)
      for (const locale of LOCALES) {
        const local = new Map(leaves(area[locale] as Tree))
        expect([...local.keys()], `${name} in ${locale}`).toEqual(english.map(([key]) => key))
        for (const [key, text] of english) {
          const translated = local.get(key)!
          expect(translated.trim().length, `${name}.${key} in ${locale}`).toBeGreaterThan(0)
          expect(placeholders(translated), `${name}.${key} in ${locale}`).toEqual(
            placeholders(text),
          )
          walked++
        }
      }
    }
    // 314 keys in three languages; a new message adds three here.
    expect(walked).toBe(3 * 314)
  })

  it('has no Finnish or Swedish text left in English, names aside', () => {
    const untranslated: string[] = []
    for (const [name, area] of Object.entries(AREAS)) {
      const english = new Map(leaves(area.en as Tree))
      for (const locale of ['fi', 'sv'] as const) {
        for (const [key, text] of leaves(area[locale] as Tree)) {
          const id = `${name}.${key}`
          if (text === english.get(key) && !SAME_IN_EVERY_LANGUAGE.has(id) && /[a-z]{3}/.test(text))
            untranslated.push(`${locale} ${id}: ${text}`)
        }
      }
    }
    expect(untranslated).toEqual([])
  })

  it('translates the English the code writes, placeholders carried over', () => {
    expect(translateMessage('No such training.', 'fi')).toBe('Koulutusta ei ole.')
    expect(translateMessage('No such training.', 'sv')).toBe('Utbildningen finns inte.')
    expect(translateMessage('No such training.', 'en')).toBe('No such training.')
    expect(translateMessage('Unknown parameter "colour".', 'fi')).toBe(
      'Tuntematon parametri "colour".',
    )
    expect(translateMessage('Latitude must be a number between -90 and 90', 'sv')).toBe(
      'Latitude: måste vara ett tal mellan -90 och 90',
    )
    // A library's message, not in the catalogue, passes unchanged.
    expect(translateMessage('connect ECONNREFUSED 127.0.0.1:7700', 'fi')).toBe(
      'connect ECONNREFUSED 127.0.0.1:7700',
    )
    expect(messagesFor('sv').calendar.mine).toBe('Mina utbildningar')
  })
})

describe('messages over HTTP follow the request', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await initTestApp()
  })
  afterAll(async () => {
    await t?.close()
  })

  it('an Express route answers in the Accept-Language, English when none is asked for', async () => {
    const fi = await t.http
      .get('/api/calendar/trainings/999999.ics')
      .set('Accept-Language', 'fi-FI,fi;q=0.9,en;q=0.8')
    expect([fi.status, fi.body]).toEqual([404, { errors: [{ message: 'Koulutusta ei ole.' }] }])
    const none = await t.http.get('/api/calendar/trainings/999999.ics')
    expect([none.status, none.body]).toEqual([404, { errors: [{ message: 'No such training.' }] }])
  })

  it("the admin's language cookie wins over the browser's languages", async () => {
    const res = await t.http
      .get('/api/calendar/trainings/999999.ics')
      .set('Accept-Language', 'fi')
      .set('Cookie', 'payload-lng=sv')
    expect(res.body).toEqual({ errors: [{ message: 'Utbildningen finns inte.' }] })
  })

  it("Payload's REST validation carries the project's field messages in Finnish", async () => {
    const model = await t.http.get(
      '/api/pedagogical-models?where[slug][equals]=example-robot-programming&depth=0',
    )
    const id = model.body.docs[0].id
    const res = await t.http
      .post('/api/ratings')
      .set(await t.as('teacher'))
      .set('Accept-Language', 'fi')
      .send({ item: { relationTo: 'pedagogical-models', value: id }, rating: 7 })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors).toEqual([
      { label: expect.any(String), message: 'Arvion on oltava kokonaisluku 1–5', path: 'rating' },
    ])
  })

  it('the iCalendar feeds are named in the locale', async () => {
    const fi = await t.http.get('/api/calendar/trainings.ics?locale=fi')
    expect(fi.status).toBe(200)
    expect(fi.text).toContain('X-WR-CALNAME:Koulutukset')
    const sv = await t.http.get('/api/calendar/trainings.ics?locale=sv')
    expect(sv.text).toContain('X-WR-CALNAME:Utbildningar')
  })
})

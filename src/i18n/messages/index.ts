/*
 * The one message catalogue: every word the project writes for people, in Finnish, Swedish and
 * English, one typed object an area (portal pages, competence pages, calendar, API errors,
 * validation).
 *
 * How to add a message:
 * 1. Put it in its area's file here, in `en` first: `fi` and `sv` are typed as `typeof en`, so
 *    the compiler names every translation still missing. Placeholders are `{name}`; fill them with
 *    `format(text, { name })`.
 * 2. A new area is a new file exporting `{ en, fi, sv }`, added to AREAS below.
 * 3. Read it with `messagesFor(locale).area.key`. API and validation messages are written in
 *    English where they are thrown (logs and tests read that) and translated on the way out by
 *    `translateMessage`, which finds the English text (placeholders match any text) here.
 * test/int/messages.test.ts walks every key in the three languages.
 */
import type { Locale } from '../../localization.js'
import { admin } from './admin.js'
import { api } from './api.js'
import { calendar } from './calendar.js'
import { client } from './client.js'
import { competence } from './competence.js'
import { portal } from './portal.js'
import { validation } from './validation.js'

type Area = {
  en: Record<string, unknown>
  fi: Record<string, unknown>
  sv: Record<string, unknown>
}

export const AREAS = {
  portal,
  competence,
  calendar,
  client,
  admin,
  api,
  validation,
} satisfies Record<string, Area>

type Areas = typeof AREAS
export type Catalogue = { [A in keyof Areas]: Areas[A]['en'] }

const inLocale = (locale: Locale): Catalogue =>
  Object.fromEntries(
    Object.entries(AREAS).map(([name, area]) => [name, area[locale]]),
  ) as unknown as Catalogue

const CATALOGUE: Record<Locale, Catalogue> = {
  fi: inLocale('fi'),
  sv: inLocale('sv'),
  en: inLocale('en'),
}

/** Every message in a locale. */
export const messagesFor = (locale: Locale): Catalogue => CATALOGUE[locale]

/** Fills `{name}` placeholders. */
export const format = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  )

/** The areas whose English is written in the code and translated on the way out. */
const TRANSLATED = ['api', 'validation'] as const
type Translated = (typeof TRANSLATED)[number]

type Pattern = { area: Translated; key: string; names: string[]; regex: RegExp }

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&')

const PATTERNS: Pattern[] = TRANSLATED.flatMap((area) =>
  Object.entries(AREAS[area].en).map(([key, english]) => {
    const names = [...english.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)
    const source = escape(english).replace(/\{(\w+)\}/g, '(.+?)')
    return { area, key, names, regex: new RegExp(`^${source}$`, 's') }
  }),
)
const EXACT = new Map(PATTERNS.filter((p) => p.names.length === 0).map((p) => [p.regex.source, p]))

/**
 * The message in `locale` when the English text is in the catalogue, else the text unchanged (a
 * library's own message, or one already translated).
 */
export const translateMessage = (text: string, locale: Locale): string => {
  if (locale === 'en') return text
  const exact = EXACT.get(`^${escape(text)}$`)
  const pattern = exact ?? PATTERNS.find((p) => p.names.length > 0 && p.regex.test(text))
  if (!pattern) return text
  const match = pattern.regex.exec(text)!
  const values = Object.fromEntries(pattern.names.map((name, i) => [name, match[i + 1]!]))
  const target = (CATALOGUE[locale][pattern.area] as Record<string, string>)[pattern.key]!
  return format(target, values)
}

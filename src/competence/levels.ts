import type { Locale } from '../localization.js'

/** DigCompEdu's six proficiency levels, weakest first. */
export const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const
export type Level = (typeof LEVELS)[number]

type Text = Record<Locale, string>

export const LEVEL_NAMES: Record<Level, Text> = {
  A1: { en: 'Newcomer', fi: 'Tulokas', sv: 'Nykomling' },
  A2: { en: 'Explorer', fi: 'Tutkija', sv: 'Utforskare' },
  B1: { en: 'Integrator', fi: 'Soveltaja', sv: 'Integrerare' },
  B2: { en: 'Expert', fi: 'Asiantuntija', sv: 'Expert' },
  C1: { en: 'Leader', fi: 'Edelläkävijä', sv: 'Ledare' },
  C2: { en: 'Pioneer', fi: 'Uudistaja', sv: 'Pionjär' },
}

export const LEVEL_DESCRIPTIONS: Record<Level, Text> = {
  A1: {
    en: 'Has had little contact with digital tools and needs guidance to start using them.',
    fi: 'On käyttänyt digitaalisia välineitä vähän ja tarvitsee ohjausta niiden käytön aloittamiseen.',
    sv: 'Har haft lite kontakt med digitala verktyg och behöver vägledning för att börja använda dem.',
  },
  A2: {
    en: 'Knows the potential of digital tools and has started to use them in some areas.',
    fi: 'Tuntee digitaalisten välineiden mahdollisuudet ja on alkanut käyttää niitä joillakin osa-alueilla.',
    sv: 'Känner till de digitala verktygens möjligheter och har börjat använda dem på vissa områden.',
  },
  B1: {
    en: 'Uses digital tools in various contexts and is working out which strategies work best.',
    fi: 'Käyttää digitaalisia välineitä monin tavoin ja selvittää, mitkä toimintatavat toimivat parhaiten.',
    sv: 'Använder digitala verktyg i olika sammanhang och prövar vilka strategier som fungerar bäst.',
  },
  B2: {
    en: 'Uses a range of digital tools confidently, creatively and critically to improve teaching.',
    fi: 'Käyttää monia digitaalisia välineitä varmasti, luovasti ja kriittisesti opetuksen kehittämiseen.',
    sv: 'Använder många digitala verktyg säkert, kreativt och kritiskt för att förbättra undervisningen.',
  },
  C1: {
    en: 'Has a consistent, comprehensive approach and is a source of inspiration for others.',
    fi: 'Toimii johdonmukaisesti ja kokonaisvaltaisesti ja innostaa muita.',
    sv: 'Har ett konsekvent och heltäckande arbetssätt och inspirerar andra.',
  },
  C2: {
    en: 'Questions established practices and leads innovation in digital teaching.',
    fi: 'Kyseenalaistaa vakiintuneita käytäntöjä ja johtaa digitaalisen opetuksen uudistamista.',
    sv: 'Ifrågasätter etablerade arbetssätt och leder förnyelsen av den digitala undervisningen.',
  },
}

export const isLevel = (value: unknown): value is Level =>
  typeof value === 'string' && (LEVELS as readonly string[]).includes(value)

export const levelIndex = (level: Level): number => LEVELS.indexOf(level)

/** The level above, or null at C2. */
export const nextLevel = (level: Level): Level | null => LEVELS[levelIndex(level) + 1] ?? null

/** Select options for the admin: "B1 Integrator" in the admin's language. */
export const levelOptions = LEVELS.map((level) => ({
  value: level,
  label: {
    en: `${level} ${LEVEL_NAMES[level].en}`,
    fi: `${level} ${LEVEL_NAMES[level].fi}`,
    sv: `${level} ${LEVEL_NAMES[level].sv}`,
  },
}))

/** Every level with its name and one-line description in one locale. */
export const describeLevels = (locale: Locale) =>
  LEVELS.map((level) => ({
    level,
    name: LEVEL_NAMES[level][locale],
    description: LEVEL_DESCRIPTIONS[level][locale],
  }))

import type { AcceptedLanguages, I18nOptions, SupportedLanguages } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'

import { fi } from './fi.js'
import { lexicalFi } from './lexical.js'

/** The admin's languages, Finnish first: the city works in Finnish, then Swedish, then English. */
export const ADMIN_LANGUAGES = ['fi', 'sv', 'en'] as const
export type AdminLanguage = (typeof ADMIN_LANGUAGES)[number]
export const DEFAULT_ADMIN_LANGUAGE: AdminLanguage = 'fi'

export const isAdminLanguage = (value: unknown): value is AdminLanguage =>
  typeof value === 'string' && (ADMIN_LANGUAGES as readonly string[]).includes(value)

/**
 * Dates in the admin, numeric as written in Finland (in Finnish and in Finland Swedish alike), so
 * that no month name shows up in English while the date library has no Finnish (see `fi.ts`).
 */
export const ADMIN_DATE_FORMAT = 'd.M.yyyy HH.mm'

/*
 * Payload types language keys against its own list, which lacks 'fi', though it accepts any key at
 * run time (it looks languages up by key in `supportedLanguages`); hence the casts.
 */
export const i18n: I18nOptions = {
  supportedLanguages: { fi, sv, en } as SupportedLanguages,
  fallbackLanguage: DEFAULT_ADMIN_LANGUAGE as AcceptedLanguages,
  // "Locked" is worded like a wrong password: a lock must not confirm that an account exists.
  translations: {
    fi: {
      lexical: lexicalFi,
      error: { userLocked: fi.translations.error.emailOrPasswordIncorrect },
    },
    sv: { error: { userLocked: sv.translations.error.emailOrPasswordIncorrect } },
    en: { error: { userLocked: en.translations.error.emailOrPasswordIncorrect } },
  } as unknown as I18nOptions['translations'],
}

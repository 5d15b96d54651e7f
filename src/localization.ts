import type { LocalizationConfig } from 'payload'

export const LOCALES = ['fi', 'sv', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'fi'

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value)

/** Content languages: Finnish first, with Swedish and English falling back to it. */
export const localization: LocalizationConfig = {
  locales: [
    { code: 'fi', label: 'Suomi' },
    { code: 'sv', label: 'Svenska' },
    { code: 'en', label: 'English' },
  ],
  defaultLocale: DEFAULT_LOCALE,
  fallback: true,
}

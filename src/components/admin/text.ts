import type { Label } from '../../fields/labels.js'

type Language = keyof Label

/** The admin's language (fi, sv or en), falling back to English for anything else. */
export const pick = (text: Label, language: string): string =>
  text[(['fi', 'sv', 'en'].includes(language) ? language : 'en') as Language]

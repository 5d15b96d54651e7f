import type { Locale } from '../../localization.js'

const WORD = /[\p{L}\p{N}]+/gu
const MIN_HEAD = 5
const MIN_MODIFIER = 3

/**
 * Finnish and Swedish write compounds as one word, and their head (the part that carries the
 * meaning) comes last: `robotti|ohjelmointi`, `kaupungin|museo`, `robot|programmering`. Without a
 * dictionary (Finnish when libvoikko is missing) each long word also gives its endings of at least
 * five letters, indexed in a low-weight `parts` field and stemmed like any word, so `ohjelmointi`
 * finds `Robottiohjelmointi` while a whole-word match still ranks higher. English gets none.
 */
export const compoundEndings = (text: string, locale: Locale): string[] => {
  if (locale === 'en') return []
  const parts = new Set<string>()
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    for (let i = MIN_MODIFIER; i <= word.length - MIN_HEAD; i++) parts.add(word.slice(i))
  }
  return [...parts]
}

import type { Tokenizer } from '@orama/orama'
import { tokenizer as tokenizers } from '@orama/orama/components'
import { stemmer as english } from '@orama/stemmers/english'
import { stemmer as finnish } from '@orama/stemmers/finnish'
import { stemmer as swedish } from '@orama/stemmers/swedish'

import type { Locale } from '../../localization.js'
import { compoundParts } from '../document.js'
import { memoize } from '../memoize.js'

const LANGUAGE = {
  fi: { language: 'finnish', stemmer: finnish },
  sv: { language: 'swedish', stemmer: swedish },
  en: { language: 'english', stemmer: english },
} as const

type Normalize = (word: string) => string[]

/**
 * The `parts` tokens: each compound ending (`compoundParts`) stemmed as a word of its own, so that
 * `ohjelmointi` finds `Robottiohjelmointi`, and, a typo being one edit of a whole token, so does
 * `ohjelmonti`. Made here, while indexing, so that stored documents do not carry them.
 */
export const compoundTokens = (text: string, locale: Locale, normalize: Normalize): string[] => [
  ...new Set(compoundParts(text, locale).flatMap(normalize)),
]

export type LocaleTokenizer = Tokenizer & { normalize: Normalize }

/**
 * Orama's tokenizer for the locale with three changes:
 * - one-letter tokens are dropped: with prefix matching a lone `e` (from `e-oppikirjat`) would
 *   match every word;
 * - the Finnish splitter does not know `å`, so Swedish names in Finnish text are folded to `a`
 *   rather than cut in two;
 * - the `parts` property is tokenized into compound endings (`compoundTokens`).
 * Orama's own token cache is bypassed: it never forgets, and the stems are memoized instead.
 */
export const tokenizerFor = (locale: Locale): LocaleTokenizer => {
  const base = tokenizers.createTokenizer({
    language: LANGUAGE[locale].language,
    stemmer: memoize(LANGUAGE[locale].stemmer),
    stemming: true,
  })
  const fold =
    locale === 'fi'
      ? (raw: string) => raw.replace(/å/g, 'a').replace(/Å/g, 'A')
      : (raw: string) => raw
  const plain = (raw: string, prop?: string): string[] =>
    base.tokenize.call(base, fold(raw), undefined, prop, false).filter((t) => t.length > 1)
  const normalize: Normalize = (word) => plain(word)
  return {
    language: base.language,
    normalizationCache: base.normalizationCache,
    normalize,
    tokenize: (raw, language, prop) => {
      if (typeof raw !== 'string') return base.tokenize.call(base, raw, language, prop, false)
      if (prop === 'parts') return compoundTokens(raw, locale, normalize)
      return plain(raw, prop)
    },
  }
}

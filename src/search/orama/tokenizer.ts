import type { Tokenizer } from '@orama/orama'
import { tokenizer as tokenizers } from '@orama/orama/components'

import type { Locale } from '../../localization.js'
import { analyser } from '../analysis/index.js'

const LANGUAGE = { fi: 'finnish', sv: 'swedish', en: 'english' } as const

export type LocaleTokenizer = Tokenizer

/**
 * Orama's tokenizer replaced by the shared analysis (`analysis/index.ts`), so that Orama indexes
 * exactly the terms the queries are analysed into:
 * - text fields: each word's terms (Voikko base forms, or a Snowball stem) and the head of a
 *   compound (its last part, which says what the thing is: `Robottiohjelmointi` is programming),
 *   repeats kept for term frequency;
 * - `parts`: the compound parts of the title and summary (`indexParts`);
 * - `id`: not searched, so not tokenized.
 * Queries do not come through here: the engine analyses them and searches term by term.
 */
export const tokenizerFor = (locale: Locale): LocaleTokenizer => {
  // Orama's own tokenizer only supplies what its type asks for (the language and a cache object).
  const base = tokenizers.createTokenizer({ language: LANGUAGE[locale] })
  return {
    language: base.language,
    normalizationCache: base.normalizationCache,
    tokenize: (raw, _language, prop) => {
      if (typeof raw !== 'string' || prop === 'id') return []
      const analysis = analyser()
      if (prop === 'parts') return analysis.indexParts(raw, locale)
      return analysis
        .words(raw, locale)
        .flatMap((w) => (w.parts.length > 0 ? [...w.terms, w.parts[w.parts.length - 1]!] : w.terms))
    },
  }
}

/** A tokenizer that takes the term as it is: the engine passes it one analysed term at a time. */
export const TERM_AS_IS = {
  language: 'english',
  normalizationCache: new Map(),
  tokenize: (raw: string) => [raw],
} as unknown as Tokenizer

import { createRequire } from 'node:module'

/** One word as libvoikko analyses it: its base forms and, for a compound, its parts as written. */
export type VoikkoAnalysis = { bases: string[]; pieces: string[] }

export type Voikko = {
  /** Every analysis of the word (none for an unknown or misspelt word). */
  analyse(word: string): VoikkoAnalysis[]
  /** Voikko's spelling suggestions, best first (only for a word it does not know). */
  suggest(word: string): string[]
}

type Pointer = unknown
type Koffi = {
  load(path: string): { func(signature: string): (...args: unknown[]) => unknown }
  decode(pointer: Pointer, offset: number, type: string, length?: number): unknown
}

const POINTER_SIZE = 8

/** The pointers of a NULL-terminated C array. */
const pointers = (koffi: Koffi, array: Pointer): Pointer[] => {
  const out: Pointer[] = []
  if (!array) return out
  for (let i = 0; ; i++) {
    const p = koffi.decode(array, i * POINTER_SIZE, 'void *')
    if (!p) return out
    out.push(p)
  }
}

/**
 * Splits a word into its compound parts by Voikko's STRUCTURE string: one character per letter of
 * the word (`p`, `i`, `-` …) and `=` before each part, so `=ppppppp=pppppppppp` is
 * `robotti|ohjelmointi`. Hyphens are dropped from the parts.
 */
export const piecesOf = (word: string, structure: string): string[] => {
  const pieces: string[] = []
  let current = ''
  let i = 0
  for (const c of structure) {
    if (c === '=') {
      if (current) pieces.push(current)
      current = ''
      continue
    }
    if (i >= word.length) break
    current += word[i++]
  }
  if (current) pieces.push(current)
  return pieces.map((p) => p.replace(/-/g, '')).filter((p) => p.length > 0)
}

/**
 * libvoikko through koffi, or null when either is missing (the caller falls back to Snowball).
 * The library keeps one handle for the process; Voikko is not thread-safe, and Node calls it from
 * the main thread only.
 */
export const loadVoikko = (language = 'fi'): Voikko | null => {
  if (!loaded.has(language)) loaded.set(language, open(language))
  return loaded.get(language)!
}

/** One handle per language and process: libvoikko's dictionary takes a while to load. */
const loaded = new Map<string, Voikko | null>()

const open = (language: string): Voikko | null => {
  let koffi: Koffi
  let lib: ReturnType<Koffi['load']>
  try {
    // createRequire keeps the native addon out of bundlers' reach; it is loaded only here.
    koffi = createRequire(import.meta.url)('koffi') as Koffi
    lib = koffi.load('libvoikko.so.1')
  } catch {
    return null
  }
  const init = lib.func(
    'void *voikkoInit(_Out_ const char **error, const char *langcode, const char *path)',
  )
  const analyzeWord = lib.func('void *voikkoAnalyzeWordCstr(void *handle, const char *word)')
  const analysisValue = lib.func(
    'void *voikko_mor_analysis_value_cstr(void *analysis, const char *key)',
  )
  const freeValue = lib.func('void voikko_free_mor_analysis_value_cstr(void *value)')
  const freeAnalyses = lib.func('void voikko_free_mor_analysis(void *analyses)')
  const suggestWord = lib.func('void *voikkoSuggestCstr(void *handle, const char *word)')
  const spellWord = lib.func('int voikkoSpellCstr(void *handle, const char *word)')
  const freeStrings = lib.func('void voikkoFreeCstrArray(void *array)')

  const error: [string | null] = [null]
  const handle = init(error, language, null)
  if (!handle) return null

  const value = (analysis: Pointer, key: string): string | null => {
    const v = analysisValue(analysis, key)
    if (!v) return null
    const text = koffi.decode(v, 0, 'char', -1) as string
    freeValue(v)
    return text
  }

  return {
    analyse(word) {
      const analyses = analyzeWord(handle, word)
      if (!analyses) return []
      const out: VoikkoAnalysis[] = []
      for (const analysis of pointers(koffi, analyses)) {
        const base = value(analysis, 'BASEFORM')
        const structure = value(analysis, 'STRUCTURE')
        out.push({
          bases: base ? [base] : [],
          pieces: structure ? piecesOf(word, structure) : [word],
        })
      }
      freeAnalyses(analyses)
      return out
    },
    suggest(word) {
      // 1 = spelled correctly: Voikko would only suggest the word itself.
      if (spellWord(handle, word) === 1) return []
      const suggestions = suggestWord(handle, word)
      if (!suggestions) return []
      const out = pointers(koffi, suggestions).map((p) => koffi.decode(p, 0, 'char', -1) as string)
      freeStrings(suggestions)
      return out
    },
  }
}

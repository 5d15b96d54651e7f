import type { Payload } from 'payload'
import { z } from 'zod'

import { LOCALES, type Locale } from '../localization.js'
import { HttpError } from '../server/errors.js'
import { engineFor } from './engine.js'

/** Completions per answer: what a search box's list shows without scrolling. */
export const SUGGESTIONS = 8

const schema = z
  .object({
    q: z
      .string({ invalid_type_error: 'must be given once' })
      .max(100, 'must be at most 100 characters')
      .optional()
      .transform((v) => v ?? ''),
    locale: z
      .enum(LOCALES, {
        errorMap: () => ({ message: `must be one of ${LOCALES.join(', ')}` }),
      })
      .optional()
      .transform((v): Locale => v ?? 'fi'),
  })
  .strict()

export type SuggestParams = z.infer<typeof schema>

/** `GET /api/search/suggest` parameters, or a 400 naming the bad one. */
export const parseSuggestParams = (input: Record<string, unknown>): SuggestParams => {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!
    throw new HttpError(400, `Unknown parameter "${key}".`, key)
  }
  const field = String(issue.path[0])
  throw new HttpError(400, `Parameter "${field}" ${issue.message}.`, field)
}

/** Up to eight completions of `q`: titles, then base forms (none from an engine without them). */
export const suggestContent = async (
  payload: Payload,
  { q, locale }: SuggestParams,
): Promise<{ q: string; locale: Locale; suggestions: string[] }> => {
  const typed = q.replace(/\s+/g, ' ').trimStart()
  const engine = engineFor(payload)
  const suggestions =
    typed.trim() && engine.suggest ? await engine.suggest(locale, typed, SUGGESTIONS) : []
  return { q, locale, suggestions }
}

import type { Payload } from 'payload'

import { env } from '../env.js'
import { processState } from '../processState.js'
import { analyser } from './analysis/index.js'
import { meiliOptions } from './meilisearch/config.js'
import { MeilisearchEngine } from './meilisearch/engine.js'
import { OramaEngine } from './orama/engine.js'
import type { SearchEngine } from './types.js'

const engines = processState('search/engine', () => new WeakMap<Payload, SearchEngine>())

/** The engine the environment chooses: Meilisearch when MEILISEARCH_HOST is set, else Orama. */
export const createEngine = (log: (message: string) => void = () => {}): SearchEngine => {
  const settings = env()
  const meili = meiliOptions(settings)
  return meili ? new MeilisearchEngine(meili) : new OramaEngine(settings.DATA_DIR, log)
}

/** The engine bound to this Payload instance (one per process, made on first use). */
export const engineFor = (payload: Payload): SearchEngine => {
  let engine = engines.get(payload)
  if (!engine) {
    engine = createEngine((message) => payload.logger.warn(message))
    engines.set(payload, engine)
    // Once per process and Payload: which analyser search uses (Voikko, or the Snowball fallback).
    payload.logger.info(analyser().describe())
  }
  return engine
}

/** Binds a given engine (tests use a failing one; the benchmark a fresh one). */
export const setEngine = (payload: Payload, engine: SearchEngine): void => {
  engines.set(payload, engine)
}

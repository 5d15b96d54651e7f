/** Vitest global setup for the Meilisearch run: refuses to start without a reachable server. */
import { meiliPreflight } from '../../src/search/meilisearch/preflight.js'

export default async function setup(): Promise<void> {
  const result = await meiliPreflight({
    host: process.env.MEILISEARCH_HOST,
    apiKey: process.env.MEILISEARCH_API_KEY,
  })
  if (!result.ok) throw new Error(result.message)
}

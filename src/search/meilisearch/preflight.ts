/** The oldest Meilisearch the adapter's settings work on: `localizedAttributes` came in 1.10. */
export const MIN_VERSION = [1, 10] as const

/** Why a server version cannot be used, or undefined when it can (1.10 and later 1.x). */
export const unsupportedVersion = (version: string): string | undefined => {
  const [major, minor] = version.split('.').map(Number)
  if (major === 1 && minor !== undefined && minor >= MIN_VERSION[1]) return undefined
  return `version ${version} is not supported: the adapter needs Meilisearch 1.x from ${MIN_VERSION.join('.')} on`
}

/**
 * Whether a Meilisearch server answers at `host`, as one line for a person: what `npm run
 * test:meilisearch` prints before running anything. The key is checked too (a wrong key would
 * otherwise fail every test with the same 401).
 */
export const meiliPreflight = async ({
  host,
  apiKey,
  timeoutMs = 3000,
}: {
  host: string | undefined
  apiKey?: string
  timeoutMs?: number
}): Promise<{ ok: true; version: string } | { ok: false; message: string }> => {
  if (!host)
    return {
      ok: false,
      message:
        'MEILISEARCH_HOST is not set: point it at a running Meilisearch 1.x (e.g. MEILISEARCH_HOST=http://127.0.0.1:7700)',
    }
  const { Meilisearch } = await import('meilisearch')
  const client = new Meilisearch({ host, apiKey, timeout: timeoutMs })
  try {
    await client.health()
  } catch (err) {
    const reason = err instanceof Error ? (describeCause(err) ?? err.message) : String(err)
    return { ok: false, message: `Meilisearch at ${host} is unreachable: ${reason}` }
  }
  try {
    const { pkgVersion } = await client.getVersion()
    const refused = unsupportedVersion(pkgVersion)
    if (refused) return { ok: false, message: `Meilisearch at ${host}: ${refused}` }
    return { ok: true, version: pkgVersion }
  } catch (err) {
    return {
      ok: false,
      message: `Meilisearch at ${host} answers but refuses the key (MEILISEARCH_API_KEY): ${err instanceof Error ? err.message : String(err)}`,
    }
  }
}

/**
 * The client's "Request … has failed" hides why in its causes: the socket error code (fetch's
 * ECONNREFUSED, ENOTFOUND) or the client's own timeout.
 */
const describeCause = (err: Error): string | undefined => {
  type Cause = { code?: unknown; name?: unknown; message?: unknown; cause?: Cause }
  for (let cause = err.cause as Cause | undefined; cause; cause = cause.cause) {
    if (typeof cause.code === 'string') return `${err.message} (${cause.code})`
    if (cause.name === 'MeilisearchRequestTimeOutError' && typeof cause.message === 'string')
      return `${err.message} (${cause.message})`
  }
  return undefined
}

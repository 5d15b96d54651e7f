import { setTimeout as delay } from 'node:timers/promises'

/**
 * Re-checks a condition until it holds and returns its last value. A condition wait, not a sleep:
 * it returns as soon as `holds` is true. Fails after `timeoutMs` naming what it waited for and the
 * value it last saw.
 */
export const waitFor = async <T>(
  what: string,
  check: () => Promise<T>,
  holds: (value: T) => boolean,
  { everyMs = 100, timeoutMs = 120_000 } = {},
): Promise<T> => {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (holds(value)) return value
    if (performance.now() > deadline) {
      throw new Error(
        `gave up waiting for ${what} after ${timeoutMs} ms; last seen: ${JSON.stringify(value)}`,
      )
    }
    await delay(everyMs)
  }
}

import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { generateTypes } from 'payload/node'
import { describe, expect, it } from 'vitest'

import { loadBuiltConfig } from '../i18n/builtConfig.js'

/** src/payload-types.ts is committed; regenerating it from the config must change nothing. */
describe('generated Payload types', () => {
  it('src/payload-types.ts is what `npm run generate:types` writes today', async () => {
    const config = await loadBuiltConfig()
    const fresh = path.join(mkdtempSync(path.join(tmpdir(), 'learning-city-types-')), 'types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = fresh
    try {
      await generateTypes(config, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    const committed = readFileSync(path.resolve('src/payload-types.ts'), 'utf8')
    // On failure: run `npm run generate:types` and commit the result.
    expect(readFileSync(fresh, 'utf8') === committed).toBe(true)
  })
})

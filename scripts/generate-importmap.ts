/**
 * `npm run generate:importmap`: rewrites src/app/(payload)/admin/importMap.js after admin components
 * change. Same as `payload generate:importmap`, which sometimes exits silently here (see
 * src/loadConfig.ts).
 */
import '../src/server/exitOnBadEnv.js'

import { generateImportMap } from 'payload'

import { loadConfig } from '../src/loadConfig.js'

await generateImportMap(await loadConfig(), { log: true, force: process.argv.includes('--force') })
process.exit(0)

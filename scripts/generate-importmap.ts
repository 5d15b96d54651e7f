/**
 * `npm run generate:importmap`: rewrites src/app/(payload)/admin/importMap.js after admin components
 * change. Same as `payload generate:importmap`, whose tsx loader here sometimes exits silently.
 */
import { generateImportMap } from 'payload'

const config = await (await import('../payload.config.js')).default
await generateImportMap(config, { log: true, force: process.argv.includes('--force') })
process.exit(0)

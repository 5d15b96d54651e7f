/**
 * `npm run build`: builds the admin and portal when `.next` is missing or stale (`--force`: always).
 * `npm start` does the same by itself before serving.
 */
import { ensureNextBuild } from '../src/server/nextBuild.js'

const state = await ensureNextBuild({ force: process.argv.includes('--force') })
if (state === 'fresh' && !process.argv.includes('--force')) console.log('Next build is up to date.')

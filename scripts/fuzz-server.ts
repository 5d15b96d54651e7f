/**
 * The API alone (no Next front ends) on a fresh, seeded database, for `scripts/fuzz-api.sh`.
 * Listens on FUZZ_PORT (4010) at 127.0.0.1 and prints "listening" once it answers.
 */
import { createApp } from '../src/server/app.js'
import { seed } from '../src/seed/index.js'

const port = Number(process.env.FUZZ_PORT ?? 4010)
const { app, payload } = await createApp()
await seed(payload, { demoUsers: true, places: false, log: () => {} })
const server = app.listen(port, '127.0.0.1', () => console.log(`listening on ${port}`))
const stop = () => server.close(() => void payload.destroy().then(() => process.exit(0)))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)

/**
 * `npm start`: validates the environment, brings the schema up to date, seeds an empty database,
 * and serves the API, the admin and the portal on one port until SIGTERM or SIGINT.
 */
import './exitOnBadEnv.js'

import type { Server } from 'node:http'

import { env } from '../env.js'
import { DEMO_USERS } from '../seed/examples.js'
import { needsSeed, seed } from '../seed/index.js'
import { ensureIndex } from '../search/index.js'
import { createApp } from './app.js'
import { startNext } from './next.js'
import { ensureNextBuild, requireNextBuild } from './nextBuild.js'

const startedAt = performance.now()

const settings = env()
// Next's server bundle has its own copy of src/env.ts, and Next runs it with NODE_ENV=production,
// where a secret is required: hand it the one this process was given or generated.
process.env.PAYLOAD_SECRET = settings.PAYLOAD_SECRET
process.env.CREDENTIAL_SIGNING_KEY = settings.CREDENTIAL_SIGNING_KEY

// `npm run dev` passes --dev: Next compiles on request with hot reload. Otherwise Next serves the
// build in .next, made first when it is missing or older than the sources (--no-build: as it is).
// Production never builds at start: `npm run build` made it, and a replica must not spend a
// minute and 1.5 GB on it; without a build it stops with one line.
const nextDev = process.argv.includes('--dev')
if (settings.NODE_ENV === 'production' && !nextDev) {
  await requireNextBuild().catch((err: Error) => {
    console.error(err.message)
    process.exit(1)
  })
} else if (!nextDev && !process.argv.includes('--no-build')) await ensureNextBuild()
const frontend = await startNext({ dev: nextDev })
// createApp() also applies the committed migrations unless DATABASE_SCHEMA=push.
const { app, payload } = await createApp({ frontend: frontend.handler })

const dev = settings.NODE_ENV !== 'production'
if (settings.SEED_ON_START && (await needsSeed(payload))) {
  payload.logger.info('Seeding reference data and examples (first start, or an interrupted seed)')
  await seed(payload, { demoUsers: dev, demoCredential: dev })
}
// The seed writes without search hooks; an empty index is built here (also after a first migrate).
await ensureIndex(payload)

const server: Server = app.listen(settings.PORT, () => {
  const url = settings.serverUrl
  const lines = [
    `Learning City is running (${payload.db.name}, started in ${Math.round(performance.now() - startedAt)} ms)`,
    `  Portal   ${url}/`,
    `  Admin    ${url}/admin`,
    `  REST     ${url}/api/pedagogical-models`,
    `  GraphQL  ${url}/api/graphql`,
    `  Health   ${url}/api/health`,
  ]
  if (dev) {
    lines.push('  Demo logins (development only):')
    for (const user of DEMO_USERS)
      lines.push(`    ${user.roles[0].padEnd(8)} ${user.email} / ${user.password}`)
  }
  process.stdout.write(`${lines.join('\n')}\n`)
})
server.on('upgrade', frontend.upgrade)

let stopping = false
const shutdown = (signal: string) => {
  if (stopping) return
  stopping = true
  payload.logger.info(`${signal}: finishing in-flight requests, then closing the database`)
  // Requests already running finish; idle keep-alive sockets are closed so that close() returns.
  server.close(async () => {
    await frontend.close()
    await payload.destroy()
    process.exit(0)
  })
  server.closeIdleConnections()
  setTimeout(() => process.exit(1), 10_000).unref()
}
process.on('SIGTERM', () => shutdown('SIGTERM'))
process.on('SIGINT', () => shutdown('SIGINT'))

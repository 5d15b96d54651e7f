/**
 * The application server as src/server/index.ts runs it (createApp, search started, listen),
 * without the Next front ends, which these tests do not need and which would have to be built.
 * Prints `READY <port>` once it listens. Run with tsx in a child process.
 */
import type { AddressInfo } from 'node:net'

import { ensureIndex } from '../../../src/search/index.js'
import { seed } from '../../../src/seed/index.js'
import { createApp } from '../../../src/server/app.js'

const { app, payload } = await createApp()
if (process.env.SEED === 'true') await seed(payload, { demoUsers: true, log: () => {} })
await ensureIndex(payload)
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`READY ${(server.address() as AddressInfo).port}`)
})
process.on('SIGTERM', () => {
  server.close(async () => {
    await payload.destroy()
    process.exit(0)
  })
  server.closeIdleConnections()
})

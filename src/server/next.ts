import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'

import type { RequestHandler } from 'express'
import next from 'next'

import { projectRoot } from './nextBuild.js'

export type Frontend = {
  /** Mounted last in Express: the admin, the portal and Next's own assets. */
  handler: RequestHandler
  /** Hot reload's WebSocket in development. */
  upgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void
  close: () => Promise<void>
}

/**
 * Next as a library inside Express. `dev` compiles on request with hot reload; otherwise the build
 * in `.next` is served (src/server/nextBuild.ts makes sure it exists).
 */
export const startNext = async ({ dev }: { dev: boolean }): Promise<Frontend> => {
  // Under NodeNext the CommonJS default export is typed as the module namespace.
  const createServer = next as unknown as typeof next.default
  const server = createServer({ dev, dir: projectRoot, ...(dev ? { turbopack: true } : {}) })
  await server.prepare()
  const handle = server.getRequestHandler()
  const upgrade = server.getUpgradeHandler()
  return {
    handler: (req, res) => handle(req, res),
    upgrade: (req, socket, head) => {
      // Only Next's own sockets; anything else is not ours to answer.
      if (req.url?.startsWith('/_next/')) void upgrade(req, socket, head)
    },
    close: () => server.close(),
  }
}

import { ensureNextBuild } from '../../src/server/nextBuild.js'

/** The servers the suites start serve Next's production build: make it once, before any starts. */
export default async function setup(): Promise<void> {
  await ensureNextBuild()
}

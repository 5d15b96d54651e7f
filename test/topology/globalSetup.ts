import { ensureNextBuild } from '../../src/server/nextBuild.js'

/** The app processes serve the portal from the Next build, made here when it is missing or stale. */
export default async function setup(): Promise<void> {
  await ensureNextBuild()
}

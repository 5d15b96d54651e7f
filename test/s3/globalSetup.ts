import { startSeaweedFs } from '../helpers/seaweedfs.js'

/**
 * One real SeaweedFS for the run; its S3_* variables go into the environment that the test files'
 * processes inherit, so the app under test stores media in its bucket.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const weed = await startSeaweedFs()
  Object.assign(process.env, weed.env)
  return () => weed.stop()
}

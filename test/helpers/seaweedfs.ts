import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'

import {
  CreateBucketCommand,
  ListObjectsV2Command,
  ListBucketsCommand,
  S3Client,
} from '@aws-sdk/client-s3'
import { freePort } from './ports.js'

/**
 * A real SeaweedFS (`weed server` with its S3 gateway) for tests, on free ports in a temporary
 * folder, with one bucket and one access key. Found as $WEED_BIN, `weed` on PATH, or ~/go/bin/weed;
 * missing, it fails with what to install, never with a stand-in.
 */
export type SeaweedFs = {
  /** The S3_* variables that point the app at the bucket. */
  env: Record<string, string>
  /** Every object key in the bucket, sorted. */
  keys: () => Promise<string[]>
  stop: () => Promise<void>
}

const BUCKET = 'learning-city-media'
const ACCESS_KEY = 'learning-city-test'
const SECRET_KEY = 'learning-city-test-secret-key'

export const weedBinary = (): string => {
  const candidates = [
    process.env.WEED_BIN,
    ...(process.env.PATH ?? '').split(':').map((dir) => path.join(dir, 'weed')),
    path.join(homedir(), 'go/bin/weed'),
  ].filter((p): p is string => Boolean(p))
  const found = candidates.find((p) => existsSync(p))
  if (!found) {
    throw new Error(
      'SeaweedFS is not installed: set WEED_BIN or build `weed` (see the "topology" block in .ci/run)',
    )
  }
  return found
}

/** A port whose +10000 gRPC twin is free too (SeaweedFS derives gRPC ports so by default). */
const portPair = async (): Promise<number> => {
  for (;;) {
    const port = await freePort()
    if (port + 10000 > 65535) continue
    const twin = await new Promise<boolean>((resolve) => {
      const probe = createServer()
      probe.once('error', () => resolve(false))
      probe.listen(port + 10000, '127.0.0.1', () => probe.close(() => resolve(true)))
    })
    if (twin) return port
  }
}

export const startSeaweedFs = async (): Promise<SeaweedFs> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'learning-city-weed-'))
  const [master, volume, filer, s3] = [
    await portPair(),
    await portPair(),
    await portPair(),
    await portPair(),
  ]
  const config = path.join(dir, 's3.json')
  writeFileSync(
    config,
    JSON.stringify({
      identities: [
        {
          name: 'learning-city',
          credentials: [{ accessKey: ACCESS_KEY, secretKey: SECRET_KEY }],
          actions: ['Admin', 'Read', 'List', 'Tagging', 'Write'],
        },
      ],
    }),
  )
  const child: ChildProcess = spawn(
    weedBinary(),
    [
      'server',
      `-dir=${dir}`,
      '-ip=127.0.0.1',
      '-ip.bind=127.0.0.1',
      `-master.port=${master}`,
      `-volume.port=${volume}`,
      '-master.volumeSizeLimitMB=64',
      '-volume.max=8',
      '-filer',
      `-filer.port=${filer}`,
      '-s3',
      `-s3.port=${s3}`,
      `-s3.config=${config}`,
      // Off: servers this project does not use, whose default ports other processes may hold.
      '-s3.port.iceberg=0',
      '-s3.port.lance=0',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const endpoint = `http://127.0.0.1:${s3}`
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
  })
  const stop = async () => {
    client.destroy()
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      await exited
    }
    rmSync(dir, { recursive: true, force: true })
  }
  // Ready once the gateway answers and the bucket can be made (the filer and volume come up after).
  const deadline = performance.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) {
      await stop()
      throw new Error(`weed exited (${child.exitCode}) before it was ready:\n${output}`)
    }
    try {
      await client.send(new ListBucketsCommand({}))
      await client.send(new CreateBucketCommand({ Bucket: BUCKET }))
      break
    } catch (err) {
      if ((err as { name?: string }).name === 'BucketAlreadyOwnedByYou') break
      if (performance.now() > deadline) {
        await stop()
        throw new Error(`SeaweedFS was not ready within 120 s (${String(err)}):\n${output}`)
      }
      await delay(250)
    }
  }
  const env = {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: ACCESS_KEY,
    S3_SECRET_ACCESS_KEY: SECRET_KEY,
    S3_FORCE_PATH_STYLE: 'true',
  }
  return {
    env,
    keys: () => bucketKeys(env),
    stop,
  }
}

/** The bucket's keys from the S3_* variables of this process (for tests run under test:s3). */
export const bucketKeys = async (
  env: Record<string, string | undefined> = process.env,
): Promise<string[]> => {
  const client = new S3Client({
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION ?? 'us-east-1',
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
    credentials: { accessKeyId: env.S3_ACCESS_KEY_ID!, secretAccessKey: env.S3_SECRET_ACCESS_KEY! },
  })
  try {
    const keys: string[] = []
    let token: string | undefined
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: env.S3_BUCKET!, ContinuationToken: token }),
      )
      keys.push(...(page.Contents ?? []).map((o) => o.Key!))
      token = page.NextContinuationToken
    } while (token)
    return keys.sort()
  } finally {
    client.destroy()
  }
}

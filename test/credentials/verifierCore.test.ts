import { spawn, spawnSync } from 'node:child_process'
import { createServer as createHttpsServer, type Server } from 'node:https'
import { createServer as createNetServer } from 'node:net'
import path from 'node:path'
import { readFileSync } from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initTestApp, type TestApp } from '../helpers/app.js'
import { competenceIds, makeTraining, makeUser, userId } from '../competence/support.js'

/**
 * The Digital Credentials Consortium's verifier-core, as a wallet or register runs it: it resolves
 * did:web over HTTPS and fetches the status list itself. So the app listens here on a real TLS port
 * with a certificate made for the test, and SERVER_URL (hence the DID) is that address.
 */
let t: TestApp
let server: Server
let certFile: string
let origin: string

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })

const verifierCore = (credential: unknown) =>
  new Promise<{ log: { id: string; valid?: boolean }[] | null; errors: unknown }>(
    (resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, 'verifierCoreChild.ts')],
        {
          env: { ...process.env, NODE_EXTRA_CA_CERTS: certFile, ISSUER_ORIGIN: origin },
          stdio: ['pipe', 'pipe', 'inherit'],
        },
      )
      let out = ''
      child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')))
      child.on('error', reject)
      child.on('close', (code) =>
        code === 0
          ? resolve(JSON.parse(out))
          : reject(new Error(`verifier exited ${code}: ${out}`)),
      )
      child.stdin.end(JSON.stringify(credential))
    },
  )

const steps = (log: { id: string; valid?: boolean }[] | null) =>
  Object.fromEntries((log ?? []).map((s) => [s.id, s.valid]))

let credential: Record<string, unknown>
let credentialRow: number | string

beforeAll(async () => {
  const port = await freePort()
  origin = `https://localhost:${port}`
  const previous = process.env.SERVER_URL
  process.env.SERVER_URL = origin
  t = await initTestApp()
  if (previous === undefined) delete process.env.SERVER_URL
  else process.env.SERVER_URL = previous
  certFile = path.join(t.dir, 'localhost.pem')
  const keyFile = path.join(t.dir, 'localhost-key.pem')
  const made = spawnSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost',
    '-keyout',
    keyFile,
    '-out',
    certFile,
  ])
  if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`)
  server = createHttpsServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) }, t.app)
  await new Promise<void>((resolve) => server.listen(port, 'localhost', resolve))

  const codes = await competenceIds(t)
  const teacher = await makeUser(t, 'wallet@example.org')
  const training = await makeTraining(t, {
    title: 'Online safety in class',
    competenceAreas: [codes.get('6.4')],
    targetLevel: 'A2',
    trainers: [await userId(t, 'expert@example.org')],
  })
  expect(
    (await t.http.post('/api/me/registrations').set(teacher.auth).send({ training })).status,
  ).toBe(201)
  const registration = (
    await t.payload.find({
      collection: 'training-registrations',
      where: { training: { equals: training } },
    })
  ).docs[0]!.id
  const done = await t.http
    .patch(`/api/training-registrations/${registration}`)
    .set(await t.as('expert'))
    .send({ attended: true, completed: true })
  expect(done.status).toBe(200)
  const [item] = (await t.http.get('/api/me/credentials').set(teacher.auth)).body.credentials
  credentialRow = item.id
  credential = JSON.parse((await t.http.get(item.downloads.json).set(teacher.auth)).text)
}, 300_000)
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await t?.close()
})

describe('@digitalcredentials/verifier-core against the server over HTTPS', () => {
  it('accepts the credential: signature, expiry and status valid (no issuer registry given)', async () => {
    expect(credential.issuer).toMatchObject({ id: `did:web:localhost%3A${new URL(origin).port}` })
    const result = await verifierCore(credential)
    expect(result.errors).toBe(null)
    expect(steps(result.log)).toEqual({
      valid_signature: true,
      expiration: true,
      revocation_status: true,
      registered_issuer: false,
    })
  }, 120_000)

  it('shows the revocation', async () => {
    const res = await t.http
      .patch(`/api/credentials/${credentialRow}`)
      .set(await t.as('editor'))
      .send({ revoked: true })
    expect(res.status).toBe(200)
    const result = await verifierCore(credential)
    expect(steps(result.log)).toMatchObject({ valid_signature: true, revocation_status: false })
  }, 120_000)

  it('rejects a tampered name as an invalid signature', async () => {
    const result = await verifierCore({ ...credential, name: 'Something else' })
    expect(result.log).toBe(null)
    expect(result.errors).toEqual([
      { name: 'invalid_signature', message: 'The signature is not valid.' },
    ])
  }, 120_000)
})

import { readFileSync } from 'node:fs'

import { Ajv2019 } from 'ajv/dist/2019.js'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { unbakePng, unbakeSvg } from '../../src/credentials/bake.js'
import { identityMatches, type IdentityObject } from '../../src/credentials/identity.js'
import { initTestApp, type TestApp } from '../helpers/app.js'
import { competenceIds, makeTraining, makeUser, userId } from '../competence/support.js'
import { independentVerify } from './independentVerifier.js'

type Id = number | string
type User = Awaited<ReturnType<typeof makeUser>>
type Json = Record<string, any>

let t: TestApp
let teacher: User
let other: User
let trainer: { Authorization: string }
let training: Id
let registration: Id
let credential: Json
let credentialRow: Id

const schema = JSON.parse(
  readFileSync(new URL('./fixtures/achievementcredential.schema.json', import.meta.url), 'utf8'),
)
const ajv = new Ajv2019({ allErrors: true, strict: false })
addFormats.default(ajv)
const validateSchema = ajv.compile(schema)

const registrationOf = async (teacherId: Id) =>
  (
    await t.payload.find({
      collection: 'training-registrations',
      where: { and: [{ training: { equals: training } }, { teacher: { equals: teacherId } }] },
      depth: 0,
      limit: 1,
    })
  ).docs[0]!.id

const verify = (body: unknown) => t.http.post('/api/credentials/verify').send(body as object)
const failed = (res: { body: { checks: { check: string; valid: boolean }[] } }) =>
  res.body.checks.filter((c) => !c.valid).map((c) => c.check)

beforeAll(async () => {
  t = await initTestApp()
  const codes = await competenceIds(t)
  teacher = await makeUser(t, 'earner@example.org', { name: 'Eila Earner' })
  other = await makeUser(t, 'other@example.org')
  trainer = await t.as('expert')
  training = await makeTraining(t, {
    title: 'Digital assessment in practice',
    description: 'Two afternoons on giving feedback with digital tools.',
    competenceAreas: [codes.get('4.1'), codes.get('2.1')],
    targetLevel: 'B1',
    targetLevels: [{ competence: codes.get('4.1'), level: 'B2' }],
    trainers: [await userId(t, 'expert@example.org')],
    sessions: [
      { start: '2027-02-01T12:00:00.000Z', end: '2027-02-01T14:00:00.000Z' },
      { start: '2027-02-08T12:00:00.000Z', end: '2027-02-08T14:00:00.000Z' },
    ],
  })
  for (const locale of ['fi', 'sv'] as const) {
    await t.payload.update({
      collection: 'trainings',
      id: training,
      locale,
      overrideAccess: true,
      data: {
        title: { fi: 'Digitaalinen arviointi käytännössä', sv: 'Digital bedömning i praktiken' }[
          locale
        ],
        description: {
          fi: 'Kaksi iltapäivää palautteesta digitaalisin välinein.',
          sv: 'Två eftermiddagar om respons med digitala verktyg.',
        }[locale],
      } as never,
    })
  }
  for (const user of [teacher, other]) {
    const res = await t.http.post('/api/me/registrations').set(user.auth).send({ training })
    expect(res.status).toBe(201)
  }
  registration = await registrationOf(teacher.id)
}, 300_000)
afterAll(async () => {
  await t?.close()
})

describe('issuing on completion', () => {
  it('refuses completion before attendance, and a teacher marking their own', async () => {
    const early = await t.http
      .patch(`/api/training-registrations/${registration}`)
      .set(trainer)
      .send({ completed: true })
    expect(early.status).toBe(400)
    expect(early.body.errors[0].message).toBe('Mark attendance before completion.')

    const own = await t.http
      .patch(`/api/training-registrations/${registration}`)
      .set(teacher.auth)
      .send({ attended: true, completed: true })
    expect(own.status).toBe(403)

    // A trainer who also took part cannot complete themselves either.
    const expertId = await userId(t, 'expert@example.org')
    await t.payload.create({
      collection: 'training-registrations',
      overrideAccess: true,
      data: {
        training,
        teacher: expertId,
        status: 'confirmed',
        seat: 9,
        queuedAt: new Date().toISOString(),
      } as never,
    })
    const self = await t.http
      .patch(`/api/training-registrations/${await registrationOf(expertId)}`)
      .set(trainer)
      .send({ attended: true, completed: true })
    expect(self.status).toBe(403)
    expect(self.body.errors[0].message).toBe('You cannot mark your own attendance or completion.')
    expect((await t.payload.count({ collection: 'credentials' })).totalDocs).toBe(0)
  })

  it("the trainer's completion issues one credential, listed on the earner's /me", async () => {
    const res = await t.http
      .patch(`/api/training-registrations/${registration}`)
      .set(trainer)
      .send({ attended: true, completed: true })
    expect(res.status).toBe(200)
    // Saving again does not issue a second one.
    await t.http
      .patch(`/api/training-registrations/${registration}`)
      .set(trainer)
      .send({ completed: true })

    const list = await t.http.get('/api/me/credentials').set(teacher.auth)
    expect(list.status).toBe(200)
    expect(list.body.credentials).toHaveLength(1)
    const [item] = list.body.credentials
    credentialRow = item.id
    expect(item).toEqual({
      id: item.id,
      credentialId: expect.stringMatching(/^urn:uuid:[0-9a-f-]{36}$/),
      name: 'Digitaalinen arviointi käytännössä',
      training,
      issuedAt: expect.any(String),
      revoked: false,
      revokedAt: null,
      downloads: {
        json: `/api/me/credentials/${item.id}/credential.json`,
        svg: `/api/me/credentials/${item.id}/badge.svg`,
        png: `/api/me/credentials/${item.id}/badge.png`,
      },
      verify: '/fi/credentials/verify',
    })
    const download = await t.http.get(item.downloads.json).set(teacher.auth)
    expect(download.status).toBe(200)
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename=credential-${item.id}.json`,
    )
    credential = JSON.parse(download.text)
    expect(credential.id).toBe(item.credentialId)
  })

  it('carries the achievement in fi/sv/en, DigCompEdu alignments, issuer, evidence, status and a hashed recipient', () => {
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ])
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential'])
    expect(credential.issuer).toEqual({
      id: 'did:web:localhost%3A3000',
      type: ['Profile'],
      name: 'Helsingin kaupunki, kasvatuksen ja koulutuksen toimiala',
      url: 'http://localhost:3000',
    })
    const achievement = credential.credentialSubject.achievement
    expect(achievement.id).toBe(`http://localhost:3000/api/trainings/${training}`)
    expect(achievement.name).toBe('Digitaalinen arviointi käytännössä')
    expect(achievement.description).toBe(
      '**Suomeksi**\n\nKaksi iltapäivää palautteesta digitaalisin välinein.\n\n' +
        '**På svenska**\n\nTvå eftermiddagar om respons med digitala verktyg.\n\n' +
        '**In English**\n\nTwo afternoons on giving feedback with digital tools.',
    )
    expect(achievement.criteria.narrative).toContain('(B1 Soveltaja, B2 Asiantuntija)')
    expect(achievement.criteria.narrative).toContain('**In English**\n\nAttended the training')
    expect(
      achievement.alignment.map((a: Json) => [
        a.targetCode,
        a.targetFramework,
        a.targetType,
        a.targetName,
      ]),
    ).toEqual([
      ['2.1', 'DigCompEdu', 'ceasn:Competency', expect.stringMatching(/^2\.1 .+ \(B1\)$/)],
      ['4.1', 'DigCompEdu', 'ceasn:Competency', expect.stringMatching(/^4\.1 .+ \(B2\)$/)],
    ])
    expect(credential.evidence).toEqual([
      {
        type: ['Evidence'],
        name: 'Digitaalinen arviointi käytännössä – 1/2',
        description: '2027-02-01T12:00:00.000Z – 2027-02-01T14:00:00.000Z',
      },
      {
        type: ['Evidence'],
        name: 'Digitaalinen arviointi käytännössä – 2/2',
        description: '2027-02-08T12:00:00.000Z – 2027-02-08T14:00:00.000Z',
      },
    ])
    expect(credential.credentialStatus).toEqual({
      id: `http://localhost:3000/api/credentials/status/1#${credential.credentialStatus.statusListIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: expect.stringMatching(/^\d+$/),
      statusListCredential: 'http://localhost:3000/api/credentials/status/1',
    })
    const [identity] = credential.credentialSubject.identifier as IdentityObject[]
    expect(JSON.stringify(credential)).not.toContain('earner@example.org')
    expect(identityMatches(identity!, 'Earner@Example.org ')).toBe(true)
    expect(identityMatches(identity!, 'other@example.org')).toBe(false)
    expect(credential.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: expect.stringMatching(/^did:web:localhost%3A3000#z6Mk/),
    })
  })

  it('validates against the OB 3.0 AchievementCredential JSON Schema', () => {
    expect(validateSchema(credential), JSON.stringify(validateSchema.errors)).toBe(true)
    // The schema is not a rubber stamp: a credential without its achievement fails it.
    const broken = structuredClone(credential)
    delete broken.credentialSubject.achievement.criteria
    expect(validateSchema(broken)).toBe(false)
  })

  it('verifies with the independent Digital Credentials verifier and with POST /api/credentials/verify', async () => {
    expect(await independentVerify(t, credential)).toEqual({
      verified: true,
      revoked: false,
      error: null,
    })
    const res = await verify(credential)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      verified: true,
      checks: [
        { check: 'proof', valid: true, message: 'The eddsa-rdfc-2022 proof is valid.' },
        { check: 'status', valid: true, message: 'Not revoked.' },
        { check: 'expiry', valid: true, message: 'Does not expire.' },
        {
          check: 'issuerKey',
          valid: true,
          message: `Signed with the issuer's published key ${credential.proof.verificationMethod}.`,
        },
      ],
    })
  })

  it('bakes the same credential into the SVG badge', async () => {
    const res = await t.http
      .get(`/api/me/credentials/${credentialRow}/badge.svg`)
      .set(teacher.auth)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = []
        r.on('data', (c: Buffer) => chunks.push(c))
        r.on('end', () => done(null, Buffer.concat(chunks)))
      })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8')
    const svg = (res.body as Buffer).toString('utf8')
    expect(svg).toContain('xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"')
    expect(unbakeSvg(svg)).toEqual(credential)
  })

  it('bakes the same credential into the PNG badge', async () => {
    const res = await t.http
      .get(`/api/me/credentials/${credentialRow}/badge.png`)
      .set(teacher.auth)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = []
        r.on('data', (c: Buffer) => chunks.push(c))
        r.on('end', () => done(null, Buffer.concat(chunks)))
      })
    expect([res.status, res.headers['content-type']]).toEqual([200, 'image/png'])
    const png = res.body as Buffer
    expect(unbakePng(png)).toEqual(credential)
    // Still a picture: sharp reads it back at the medal's size.
    const { default: sharp } = await import('sharp')
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 256, height: 256 })
    expect((await independentVerify(t, unbakePng(png))).verified).toBe(true)
  })
})

describe('tampering fails the exact check', () => {
  it('a changed name fails the proof only', async () => {
    const res = await verify({ ...credential, name: 'Something else' })
    expect(res.status).toBe(200)
    expect([res.body.verified, failed(res)]).toEqual([false, ['proof']])
    expect(res.body.checks[0].message).toBe('The proof does not verify: Invalid signature.')
    expect((await independentVerify(t, { ...credential, name: 'Something else' })).verified).toBe(
      false,
    )
  })

  it('a changed recipient fails the proof only', async () => {
    const changed = structuredClone(credential)
    changed.credentialSubject.identifier[0].identityHash = `sha256$${'0'.repeat(64)}`
    const res = await verify(changed)
    expect([res.body.verified, failed(res)]).toEqual([false, ['proof']])
    expect((await independentVerify(t, changed)).verified).toBe(false)
  })

  it("another credential's proof fails the proof only", async () => {
    // A second credential of the same issuer, issued to the other teacher.
    const otherReg = await registrationOf(other.id)
    const res0 = await t.http
      .patch(`/api/training-registrations/${otherReg}`)
      .set(await t.as('editor'))
      .send({ attended: true, completed: true })
    expect(res0.status).toBe(200)
    const list = await t.http.get('/api/me/credentials').set(other.auth)
    const theirs = JSON.parse(
      (await t.http.get(list.body.credentials[0].downloads.json).set(other.auth)).text,
    )
    const swapped = { ...credential, proof: theirs.proof }
    const res = await verify(swapped)
    expect([res.body.verified, failed(res)]).toEqual([false, ['proof']])
    expect((await independentVerify(t, swapped)).verified).toBe(false)
  })

  it('a proof by another key fails the proof and the issuer key', async () => {
    const res = await verify({
      ...credential,
      proof: {
        ...credential.proof,
        verificationMethod:
          'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
      },
    })
    expect([res.body.verified, failed(res)]).toEqual([false, ['proof', 'issuerKey']])
  })

  it('a validUntil added after signing fails the expiry, and the proof it was not signed with', async () => {
    const res = await verify({ ...credential, validUntil: '2020-01-01T00:00:00Z' })
    expect([res.body.verified, failed(res)]).toEqual([false, ['proof', 'expiry']])
    expect(res.body.checks[2].message).toBe('Expired at 2020-01-01T00:00:00Z.')
  })
})

describe('revocation', () => {
  it('only editors revoke; nobody deletes; revoked stays revoked', async () => {
    const asTeacher = await t.http
      .patch(`/api/credentials/${credentialRow}`)
      .set(teacher.auth)
      .send({ revoked: true })
    expect(asTeacher.status).toBe(403)
    const asTrainer = await t.http
      .patch(`/api/credentials/${credentialRow}`)
      .set(trainer)
      .send({ revoked: true })
    expect(asTrainer.status).toBe(403)

    const editor = await t.as('editor')
    const res = await t.http
      .patch(`/api/credentials/${credentialRow}?depth=0`)
      .set(editor)
      .send({ revoked: true, name: 'renamed' })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({
      revoked: true,
      name: 'Digitaalinen arviointi käytännössä',
      revokedAt: expect.any(String),
      revokedBy: await userId(t, 'editor@example.org'),
    })
    const back = await t.http
      .patch(`/api/credentials/${credentialRow}`)
      .set(editor)
      .send({ revoked: false })
    expect(back.status).toBe(400)
    expect(back.body.errors[0].message).toBe('A revoked credential stays revoked.')
    const del = await t.http.delete(`/api/credentials/${credentialRow}`).set(await t.as('admin'))
    expect(del.status).toBe(403)
    expect((await t.payload.count({ collection: 'credentials' })).totalDocs).toBe(2)
  })

  it('shows in the independent verifier and in the verify endpoint as a failed status', async () => {
    expect(await independentVerify(t, credential)).toEqual({
      verified: false,
      revoked: true,
      error: null,
    })
    const res = await verify(credential)
    expect([res.body.verified, failed(res)]).toEqual([false, ['status']])
    expect(res.body.checks[1].message).toBe('Revoked by the issuer.')
    const list = await t.http.get('/api/me/credentials').set(teacher.auth)
    expect(list.body.credentials[0]).toMatchObject({ revoked: true, revokedAt: expect.any(String) })
  })
})

describe('access', () => {
  it('anonymous users only verify', async () => {
    expect((await t.http.get('/api/me/credentials')).status).toBe(401)
    expect((await t.http.get(`/api/credentials/${credentialRow}`)).status).toBe(403)
    expect((await t.http.get('/api/credentials')).status).toBe(403)
    expect((await t.http.get('/ims/ob/v3p0/credentials')).status).toBe(401)
    expect((await t.http.get('/ims/ob/v3p0/profile')).status).toBe(401)
    expect((await t.http.get('/.well-known/did.json')).status).toBe(200)
    expect((await t.http.get('/api/credentials/status/1')).status).toBe(200)
  })

  it('another teacher reads none of the earner’s credentials; editors and admins read all', async () => {
    const theirs = await t.http.get(`/api/credentials/${credentialRow}`).set(other.auth)
    expect(theirs.status).toBe(404)
    const dl = await t.http
      .get(`/api/me/credentials/${credentialRow}/credential.json`)
      .set(other.auth)
    expect(dl.status).toBe(404)
    const all = await t.http.get('/api/credentials?depth=0').set(other.auth)
    expect(all.body.docs).toHaveLength(1)
    expect(all.body.docs[0].teacher).toBe(other.id)
    for (const role of ['editor', 'admin'] as const) {
      const res = await t.http.get('/api/credentials').set(await t.as(role))
      expect(res.body.totalDocs).toBe(2)
    }
  })
})

describe('the OB 3.0 API for the signed-in earner', () => {
  it('GET /ims/ob/v3p0/credentials lists the signed credentials with X-Total-Count', async () => {
    const res = await t.http.get('/ims/ob/v3p0/credentials').set(teacher.auth)
    expect(res.status).toBe(200)
    expect(res.headers['x-total-count']).toBe('1')
    expect(res.body).toEqual({ credential: [credential] })
    const page = await t.http.get('/ims/ob/v3p0/credentials?limit=1&offset=1').set(teacher.auth)
    expect(page.body).toEqual({ credential: [] })
    const since = await t.http
      .get('/ims/ob/v3p0/credentials?since=2999-01-01T00:00:00Z')
      .set(teacher.auth)
    expect([since.headers['x-total-count'], since.body]).toEqual(['0', { credential: [] }])
    const bad = await t.http.get('/ims/ob/v3p0/credentials?limit=lots').set(teacher.auth)
    expect([bad.status, bad.body]).toEqual([
      400,
      { errors: [{ message: 'limit must be a whole number from 0 to 1000.', field: 'limit' }] },
    ])
  })

  it('GET /ims/ob/v3p0/profile answers the earner', async () => {
    const res = await t.http.get('/ims/ob/v3p0/profile').set(teacher.auth)
    expect(res.body).toEqual({
      '@context': ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: `http://localhost:3000/api/users/${teacher.id}`,
      type: ['Profile'],
      name: 'Eila Earner',
      email: 'earner@example.org',
    })
  })
})

describe('bad input to POST /api/credentials/verify gets a clear 4xx', () => {
  it.each([
    ['a JSON array', [1, 2], 400, 'Expected a verifiable credential: a JSON object.'],
    [
      'no VC context',
      { '@context': ['https://example.org/x'], type: ['VerifiableCredential'] },
      422,
      'The first @context must be https://www.w3.org/ns/credentials/v2.',
    ],
    [
      'an unknown context',
      {
        '@context': ['https://www.w3.org/ns/credentials/v2', 'urn:example:ctx'],
        type: ['VerifiableCredential'],
        proof: {},
      },
      422,
      'urn:example:ctx is not a context or document this server knows.',
    ],
    [
      'a context needing the network',
      {
        '@context': ['https://www.w3.org/ns/credentials/v2', 'https://evil.example/context.json'],
        type: ['VerifiableCredential'],
        proof: {},
      },
      422,
      'https://evil.example/context.json is not bundled with this server and would have to be fetched from the network.',
    ],
    [
      'an inline context',
      {
        '@context': [
          'https://www.w3.org/ns/credentials/v2',
          { '@import': 'https://evil.example/c.json' },
        ],
        type: ['VerifiableCredential'],
        proof: {},
      },
      422,
      'Contexts must be given by URL; inline contexts are refused.',
    ],
    [
      'a nested network context',
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['VerifiableCredential'],
        credentialSubject: { '@context': 'https://evil.example/n.json' },
        proof: {},
      },
      422,
      'https://evil.example/n.json is not bundled with this server and would have to be fetched from the network.',
    ],
    [
      'no proof',
      { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'] },
      422,
      'The credential has no proof.',
    ],
  ])('%s', async (_name, body, status, message) => {
    const res = await verify(body)
    expect(res.status).toBe(status)
    expect(res.body.errors[0].message).toBe(message)
  })

  it('malformed JSON', async () => {
    const res = await t.http
      .post('/api/credentials/verify')
      .set('Content-Type', 'application/json')
      .send('{"@context": [')
    expect([res.status, res.body.errors[0].message]).toEqual([
      400,
      'The request body is not valid JSON.',
    ])
  })

  it('a huge credential', async () => {
    const res = await verify({ ...credential, description: 'x'.repeat(200_000) })
    expect([res.status, res.body.errors[0].message]).toEqual([
      413,
      'The request body is too large.',
    ])
  })

  it('a garbled proof is a failed check, not a 500', async () => {
    const res = await verify({
      ...credential,
      proof: { type: 'DataIntegrityProof', proofValue: 42 },
    })
    expect(res.status).toBe(200)
    // The status fails too: this credential was revoked above.
    expect(failed(res)).toEqual(['proof', 'status', 'issuerKey'])
  })
})

/**
 * Runs @digitalcredentials/verifier-core, unmodified, on the credential read from stdin and prints
 * its result. A child process, because the library trusts only the TLS roots it starts with
 * (NODE_EXTRA_CA_CERTS names the test server's certificate). Requests to any other host than the
 * issuer's are refused here, so the test never reaches the internet (verifier-core would fetch the
 * OB JSON Schema from 1EdTech; that part of its answer is then "could not load").
 */
const issuerOrigin = process.env.ISSUER_ORIGIN!
const realFetch = globalThis.fetch
globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  if (!url.startsWith(`${issuerOrigin}/`)) {
    return Promise.reject(new TypeError(`offline test: ${url} refused`))
  }
  return realFetch(input, init)
}) as typeof fetch
console.error = () => {}
console.log = () => {}

const chunks: Buffer[] = []
for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
const credential = JSON.parse(Buffer.concat(chunks).toString('utf8'))
const { verifyCredential } = await import('@digitalcredentials/verifier-core')
const result = (await verifyCredential({ credential, knownDIDRegistries: [] })) as {
  log?: unknown
  errors?: { name: string; message: string }[]
}
process.stdout.write(
  JSON.stringify({
    log: result.log ?? null,
    errors: result.errors?.map((e) => ({ name: e.name, message: e.message })) ?? null,
  }),
)

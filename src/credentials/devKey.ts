import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { newSecretMultibase } from './multikey.js'

/**
 * Development and tests keep one generated key under DATA_DIR, as they do the Payload secret, so
 * credentials issued yesterday still verify today. Production must set CREDENTIAL_SIGNING_KEY.
 */
export const devSigningKey = (dataDir: string): string => {
  const file = path.resolve(dataDir, '.credential-signing-key')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(path.dirname(file), { recursive: true })
  const secret = newSecretMultibase()
  writeFileSync(file, secret, { mode: 0o600 })
  console.warn(
    `CREDENTIAL_SIGNING_KEY is not set: generated one in ${file} (set it in production).`,
  )
  return secret
}

import { createCredential, createList, decodeList } from '@digitalbazaar/vc-bitstring-status-list'

/**
 * 131,072 entries: the Bitstring Status List minimum (16 KB), so that one credential's bit hides
 * among many ("herd privacy"). Indexes are drawn at random for the same reason.
 */
export const STATUS_LIST_LENGTH = 131_072

/** The one revocation list this server publishes. */
export const STATUS_LIST_PATH = '/api/credentials/status/1'

export const statusListUrlOf = (serverUrl: string): string =>
  `${serverUrl.replace(/\/+$/, '')}${STATUS_LIST_PATH}`

export const randomStatusIndex = (random: () => number = Math.random): number =>
  Math.floor(random() * STATUS_LIST_LENGTH)

/** The unsigned BitstringStatusListCredential with the given indexes revoked. */
export const buildStatusListCredential = async (input: {
  url: string
  issuer: string
  validFrom: string
  revoked: Iterable<number>
}): Promise<Record<string, unknown>> => {
  const list = await createList({ length: STATUS_LIST_LENGTH })
  for (const index of input.revoked) list.setStatus(index, true)
  const credential = await createCredential({ id: input.url, list, statusPurpose: 'revocation' })
  return { ...credential, issuer: input.issuer, validFrom: input.validFrom }
}

/** Whether an index is set in an encoded list (what any verifier reads). */
export const isRevokedIn = async (encodedList: string, index: number): Promise<boolean> =>
  (await decodeList({ encodedList })).getStatus(index)

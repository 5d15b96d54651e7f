import type { LearningEnvironment } from '../payload-types.js'

export type Address = NonNullable<LearningEnvironment['address']>

/** A learning environment's address group on one line, as written in Finland: `Street 1, 00100 Helsinki`. */
export const formatAddress = (address: Address | null | undefined): string =>
  [address?.street, [address?.postalCode, address?.locality].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ')

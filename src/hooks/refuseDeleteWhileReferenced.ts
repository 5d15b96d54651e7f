import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug } from 'payload'

export type Dependent = {
  collection: CollectionSlug
  /** The required relationship field that points at the item being deleted. */
  field: string
  /** How one of them is named in the message: ['training registration', 'training registrations']. */
  noun: [string, string]
}

/**
 * Refuses (409) to delete an item that required relationships of other items point at. The
 * database would refuse it anyway (NOT NULL on the reference), but only after Payload had already
 * removed the item's versions: a 500 and a half-deleted item. `advice` says what to do instead.
 */
export const refuseDeleteWhileReferenced =
  (what: string, dependents: Dependent[], advice: string): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const found: string[] = []
    for (const { collection, field, noun } of dependents) {
      const { totalDocs } = await req.payload.count({
        collection,
        where: { [field]: { equals: id } },
        req,
        overrideAccess: true,
      })
      if (totalDocs > 0) found.push(`${totalDocs} ${noun[totalDocs === 1 ? 0 : 1]}`)
    }
    if (found.length === 0) return
    throw new APIError(`This ${what} has ${found.join(' and ')}. ${advice}`, 409, undefined, true)
  }

import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

type Ref = number | string | { id: number | string }

/** Trainings are given by the expert network: every trainer must hold the expert role. */
export const requireExpertTrainers: CollectionBeforeChangeHook = async ({ data, req }) => {
  const ids = ((data.trainers ?? []) as Ref[]).map((t) => (typeof t === 'object' ? t.id : t))
  if (!ids.length) return data
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { and: [{ id: { in: ids } }, { roles: { contains: 'expert' } }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs !== new Set(ids.map(String)).size) {
    throw new ValidationError({
      collection: 'trainings',
      errors: [{ message: 'Every trainer must be an expert teacher.', path: 'trainers' }],
    })
  }
  return data
}

import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { idKey } from '../../../src/ids.js'

type Row = {
  id: number | string
  teacher?: unknown
  status?: string | null
  attended?: boolean | null
  completed?: boolean | null
}

/**
 * On training registrations: nobody marks their own attendance or completion (a trainer who also
 * took part needs another trainer or an editor), and completion needs attendance and a seat.
 */
export const refuseOwnCompletion: CollectionBeforeChangeHook<Row> = ({
  data,
  originalDoc,
  req,
}) => {
  const changes = (field: 'attended' | 'completed') =>
    field in data && Boolean(data[field]) !== Boolean(originalDoc?.[field])
  const teacher = idKey((data.teacher ?? originalDoc?.teacher) as never)
  if (
    req.user &&
    teacher === String(req.user.id) &&
    (changes('attended') || changes('completed'))
  ) {
    throw new APIError('You cannot mark your own attendance or completion.', 403, undefined, true)
  }
  const attended = 'attended' in data ? data.attended : originalDoc?.attended
  const completed = 'completed' in data ? data.completed : originalDoc?.completed
  if (completed && !attended) {
    throw new APIError('Mark attendance before completion.', 400, undefined, true)
  }
  if (completed && (data.status ?? originalDoc?.status) !== 'confirmed') {
    throw new APIError('Only a confirmed registration can be completed.', 409, undefined, true)
  }
  return data
}

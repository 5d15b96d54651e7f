import type { Access } from 'payload'

import { isEditor } from './roles.js'

/** Marking attendance: the training's trainers and editors. */
export const trainersOrEditors: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isEditor(user)) return true
  return { 'training.trainers': { in: [user.id] } }
}

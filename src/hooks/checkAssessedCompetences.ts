import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { isAssessableCompetence } from '../competence/profile.js'
import { idOf } from '../ids.js'
import type { SelfAssessment } from '../payload-types.js'

/**
 * A self-assessment rates each teacher competence at most once, and only competences a teacher
 * can hold: DigCompEdu's and the city's own, not the area headings or the pupils' L1–L7.
 */
export const checkAssessedCompetences: CollectionBeforeChangeHook<SelfAssessment> = async ({
  data,
  req,
}) => {
  const answers = data.answers ?? []
  const ids = answers.map((a) => idOf(a.competence)).filter((id) => id !== undefined)
  const fail = (message: string, index: number) => {
    throw new ValidationError({
      collection: 'self-assessments',
      errors: [{ message, path: `answers.${index}.competence` }],
    })
  }
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) fail('Each competence may be assessed only once.', index)
  })
  if (!ids.length) return data
  const { docs } = await req.payload.find({
    collection: 'competence-areas',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    req,
  })
  const ok = new Set(docs.filter(isAssessableCompetence).map((doc) => String(doc.id)))
  ids.forEach((id, index) => {
    if (!ok.has(String(id))) fail('This is not a teacher competence that can be assessed.', index)
  })
  return data
}

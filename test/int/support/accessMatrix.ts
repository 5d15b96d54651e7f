/**
 * The access matrix as data: `access.test.ts` drives every cell through HTTP, and `toMarkdown()`
 * prints the README table from the same facts
 * (`npx tsx -e "import('./test/int/support/accessMatrix.ts').then((m) => console.log(m.toMarkdown()))"`).
 */
import {
  PUBLISH_DENIED,
  RESTORE_DENIED,
  UNPUBLISH_DENIED,
} from '../../../src/hooks/keepNonEditorsInDrafts.js'

export const WHO = ['anonymous', 'teacher', 'expert', 'editor', 'admin'] as const
export type Who = (typeof WHO)[number]

export const NOT_ALLOWED = 'You are not allowed to perform this action.'
export const NOT_FOUND = 'Not Found'

export type Outcome =
  | { allowed: true }
  /** Refused: 403 with this message, or 404 when the item is invisible to that reader. */
  | { allowed: false; status: 403 | 404; message: string }
  /** The request succeeds but the field is left out or left unchanged. */
  | { allowed: false; status: 200; message: string }
  /** The question does not arise (an anonymous visitor has no profile). */
  | { allowed: 'n/a' }

const yes: Outcome = { allowed: true }
const no = (message = NOT_ALLOWED): Outcome => ({ allowed: false, status: 403, message })
const hidden: Outcome = { allowed: false, status: 404, message: NOT_FOUND }
const silently = (message: string): Outcome => ({ allowed: false, status: 200, message })
const na: Outcome = { allowed: 'n/a' }

export type Row<A extends string> = { action: A; label: string; cells: Record<Who, Outcome> }

const row = <A extends string>(
  action: A,
  label: string,
  [anonymous, teacher, expert, editor, admin]: [Outcome, Outcome, Outcome, Outcome, Outcome],
): Row<A> => ({ action, label, cells: { anonymous, teacher, expert, editor, admin } })

/** pedagogical-models, digital-materials, learning-environments and pilots. */
export const CONTENT_MATRIX = [
  row('readPublished', 'Read published items', [yes, yes, yes, yes, yes]),
  row('readOwnDraft', "Read an expert's draft (as that expert)", [hidden, hidden, yes, yes, yes]),
  row('readOthersDraft', "Read another expert's draft", [hidden, hidden, hidden, yes, yes]),
  row('create', "Create (an expert's item is always a draft)", [no(), no(), yes, yes, yes]),
  row('updateOwnDraft', 'Update their own draft', [no(), no(), yes, yes, yes]),
  row('updateOthers', "Update another expert's item", [no(), no(), no(), yes, yes]),
  row('submit', 'Submit for review (`reviewStatus: in-review`)', [no(), no(), yes, yes, yes]),
  row('publish', 'Publish', [no(), no(), no(PUBLISH_DENIED), yes, yes]),
  row('unpublish', 'Unpublish', [no(), no(), no(UNPUBLISH_DENIED), yes, yes]),
  row('restore', 'Restore a version (not as a draft)', [no(), no(), no(RESTORE_DENIED), yes, yes]),
  row('readVersions', 'Read version history (their own items)', [no(), no(), yes, yes, yes]),
  row('delete', 'Delete', [no(), no(), no(), yes, yes]),
] as const
export type ContentAction = (typeof CONTENT_MATRIX)[number]['action']

/** competence-areas, device-profiles and schools. */
export const REFERENCE_MATRIX = [
  row('read', 'Read', [yes, yes, yes, yes, yes]),
  row('create', 'Create', [no(), no(), no(), yes, yes]),
  row('update', 'Update', [no(), no(), no(), yes, yes]),
  row('delete', 'Delete', [no(), no(), no(), yes, yes]),
] as const
export type ReferenceAction = (typeof REFERENCE_MATRIX)[number]['action']

export const EMAIL_HIDDEN = 'the email is left out'
export const ROLES_KEPT = 'the roles stay as they were'

export const USERS_MATRIX = [
  row('create', 'Create users', [no(), no(), no(), no(), yes]),
  row('readSelf', 'Read their own profile, email included', [na, yes, yes, yes, yes]),
  row('readPublicProfile', "Read an expert's or editor's public profile", [
    yes,
    yes,
    yes,
    yes,
    yes,
  ]),
  row('readEmail', "Read another user's email", [
    silently(EMAIL_HIDDEN),
    silently(EMAIL_HIDDEN),
    silently(EMAIL_HIDDEN),
    silently(EMAIL_HIDDEN),
    yes,
  ]),
  row('readTeacher', "Read another teacher's profile", [hidden, hidden, hidden, hidden, yes]),
  row('updateSelf', 'Update their own name', [na, yes, yes, yes, yes]),
  row('changeOwnRoles', 'Change their own roles', [
    na,
    silently(ROLES_KEPT),
    silently(ROLES_KEPT),
    silently(ROLES_KEPT),
    yes,
  ]),
  row('updateOthers', 'Update other users', [no(), no(), no(), no(), yes]),
  row('delete', 'Delete users', [no(), no(), no(), no(), yes]),
] as const
export type UsersAction = (typeof USERS_MATRIX)[number]['action']

const cellText = (outcome: Outcome): string => {
  if (outcome.allowed === 'n/a') return '–'
  if (outcome.allowed) return 'yes'
  if (outcome.status === 404) return 'no (404)'
  if (outcome.status === 200) return `no (${outcome.message})`
  return 'no (403)'
}

const table = (title: string, rows: readonly Row<string>[]): string =>
  [
    `| ${title} | ${WHO.join(' | ')} |`,
    `|---|${WHO.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.label} | ${WHO.map((w) => cellText(r.cells[w])).join(' | ')} |`),
  ].join('\n')

export const toMarkdown = (): string =>
  [
    table('Models, materials, learning environments, pilots', CONTENT_MATRIX),
    table('Competence areas, device profiles, schools', REFERENCE_MATRIX),
    table('Users', USERS_MATRIX),
  ].join('\n\n')

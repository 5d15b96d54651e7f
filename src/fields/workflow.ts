import type { CollectionConfig, Field } from 'payload'

import { authors, authorsField } from '../access/authors.js'
import { editors, editorsField } from '../access/editors.js'
import { editorsOrCreatorField } from '../access/editorsOrCreatorField.js'
import { ownOrEditors } from '../access/ownOrEditors.js'
import { isEditor } from '../access/roles.js'
import { ownVersionsOrEditors } from '../access/ownVersionsOrEditors.js'
import { publishedOrOwnOrEditors } from '../access/publishedOrOwnOrEditors.js'
import { label, option } from './labels.js'
import type { Id } from '../ids.js'
import { EXPERT_REVIEW_STATUSES, type GradeBand, type ReviewStatus } from './vocabularies.js'

/**
 * The review workflow on top of Payload's drafts: `draft → in-review → published`, with
 * `changes-requested` when an editor returns an item. `_status` still decides what is public.
 */
export const workflowFields = (): Field[] => [
  {
    name: 'reviewStatus',
    type: 'select',
    label: label('Review status', 'Tarkistuksen tila', 'Granskningsstatus'),
    options: [
      option('draft', 'Draft', 'Luonnos', 'Utkast'),
      option('in-review', 'In review', 'Tarkistettavana', 'Under granskning'),
      option(
        'changes-requested',
        'Returned with comments',
        'Palautettu kommentein',
        'Returnerad med kommentarer',
      ),
      option('published', 'Published', 'Julkaistu', 'Publicerad'),
    ],
    defaultValue: 'draft',
    // Experts are offered the states they may set, plus the one the item is in (an editor's
    // "returned" must stay valid when the expert saves); applyReviewTransitions enforces the rest.
    filterOptions: ({ options, req, data }) =>
      isEditor(req.user)
        ? options
        : options.filter((option) => {
            const value = typeof option === 'string' ? option : option.value
            return (
              EXPERT_REVIEW_STATUSES.includes(value as ReviewStatus) || value === data?.reviewStatus
            )
          }),
    required: true,
    index: true,
    admin: { position: 'sidebar' },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    label: label("Editor's comments", 'Toimittajan kommentit', 'Redaktörens kommentarer'),
    access: { read: editorsOrCreatorField, create: editorsField, update: editorsField },
    admin: { position: 'sidebar' },
  },
  {
    name: 'publishedAt',
    type: 'date',
    label: label('Published at', 'Julkaistu', 'Publicerad'),
    index: true,
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'createdBy',
    type: 'relationship',
    relationTo: 'users',
    label: label('Created by', 'Luonut', 'Skapad av'),
    index: true,
    // Readers see the `authors` field; who keyed an item in is internal.
    access: { read: authorsField, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
  },
]

/**
 * What every reviewed content collection shares: drafts and versions and the access matrix. The
 * workflow hooks are listed in each collection's own file, so that its reader sees what runs.
 */
export const reviewed = {
  access: {
    read: publishedOrOwnOrEditors,
    readVersions: ownVersionsOrEditors,
    create: authors,
    update: ownOrEditors,
    delete: editors,
  },
  versions: { drafts: true, maxPerDoc: 50 },
} satisfies Pick<CollectionConfig, 'access' | 'versions'>

/** What the workflow hooks read of an item of any reviewed collection (each has these fields). */
export type ReviewedItem = {
  id: Id
  _status?: 'draft' | 'published' | null
  reviewStatus?: ReviewStatus | null
  publishedAt?: string | null
  createdBy?: Id | { id: Id } | null
  /** Absent on trainings. */
  gradeBands?: GradeBand[] | null
}

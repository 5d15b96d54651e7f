import type { CollectionConfig, UIField } from 'payload'

import { env } from '../../env.js'
import { label } from '../../fields/labels.js'

/** Paths as the import map wants them: from the project root, without an extension. */
const component = (file: string, name = file) => `/src/components/admin/${file}#${name}`

/** The review workflow in the admin of every reviewed content collection. */
export const reviewedAdminComponents = {
  beforeListTable: [component('ReviewListFilters')],
  edit: {
    beforeDocumentControls: [component('ReviewActions')],
    PublishButton: component('EditorPublishButton'),
  },
} satisfies NonNullable<CollectionConfig['admin']>['components']

/** The dashboard block with the review queue and the search outbox. */
export const reviewQueueComponent = component('ReviewQueue')

/** A map under the coordinates that follows them as they are typed. */
export const locationPreviewField = (): UIField => ({
  name: 'locationPreview',
  type: 'ui',
  label: label('Map preview', 'Karttaesikatselu', 'Förhandsvisning på kartan'),
  admin: {
    components: {
      Field: {
        path: component('LocationPreview'),
        clientProps: { tileUrl: env().MAP_TILE_URL },
      },
    },
  },
})

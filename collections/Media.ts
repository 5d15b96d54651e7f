import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone.js'
import { authors } from '../src/access/authors.js'
import { editors } from '../src/access/editors.js'
import { env } from '../src/env.js'
import { label } from '../src/fields/labels.js'
import { validateUpload } from '../src/hooks/validateUpload.js'

/** Largest accepted upload; Payload answers 413 above it. */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024

const webp = { format: 'webp' as const, options: { quality: 80 } }

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: label('Media file', 'Mediatiedosto', 'Mediefil'),
    plural: label('Media', 'Media', 'Media'),
  },
  access: { read: anyone, create: authors, update: authors, delete: editors },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  hooks: { beforeOperation: [validateUpload] },
  upload: {
    staticDir: path.resolve(env().MEDIA_DIR),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, formatOptions: webp },
      { name: 'card', width: 768, height: 512, formatOptions: webp },
      { name: 'hero', width: 1600, height: 900, formatOptions: webp, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: label('Alternative text', 'Vaihtoehtoinen teksti', 'Alternativ text'),
      required: true,
      localized: true,
      maxLength: 300,
    },
    {
      name: 'credit',
      type: 'text',
      label: label('Credit', 'Kuvaaja tai lähde', 'Fotograf eller källa'),
    },
  ],
}

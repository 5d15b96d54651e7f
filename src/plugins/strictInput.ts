import type { Plugin } from 'payload'

import { rejectInvalidWhere } from '../hooks/rejectInvalidWhere.js'
import { rejectUnknownFields } from '../hooks/rejectUnknownFields.js'

/** Every collection, present and future, refuses unknown fields and malformed queries from outside. */
export const strictInput: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        rejectInvalidWhere,
        rejectUnknownFields,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  })),
})

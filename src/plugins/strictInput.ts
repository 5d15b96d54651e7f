import type { AfterErrorHook, Plugin } from 'payload'

import { keepServerTimestamps } from '../hooks/keepServerTimestamps.js'
import { rejectInvalidWhere } from '../hooks/rejectInvalidWhere.js'
import { rejectUnknownFields } from '../hooks/rejectUnknownFields.js'
import { requireObjectBody } from '../hooks/requireObjectBody.js'
import { errorBody } from '../server/errors.js'
import { isMalformedBody, MALFORMED_BODY_MESSAGE } from '../server/malformedBody.js'
import { validateDrafts } from './validateDrafts.js'

/** A body Payload could not parse is the client's mistake: 400, not the 500 Payload answers. */
const malformedBodyIsClientError: AfterErrorHook = ({ error }) =>
  isMalformedBody(error) ? { response: errorBody(MALFORMED_BODY_MESSAGE), status: 400 } : undefined

/**
 * Every collection, present and future, refuses unknown fields and malformed queries from outside,
 * validates drafts and keeps `createdAt` the server's.
 */
export const strictInput: Plugin = (config) => ({
  ...config,
  hooks: {
    ...config.hooks,
    afterError: [malformedBodyIsClientError, ...(config.hooks?.afterError ?? [])],
  },
  collections: (config.collections ?? []).map((collection) => ({
    ...validateDrafts(collection),
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        requireObjectBody,
        rejectInvalidWhere,
        rejectUnknownFields,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
      beforeChange: [keepServerTimestamps, ...(collection.hooks?.beforeChange ?? [])],
    },
  })),
})

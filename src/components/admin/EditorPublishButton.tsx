'use client'
import { PublishButton, useAuth } from '@payloadcms/ui'

import { isEditor } from '../../access/roles.js'

/**
 * Payload's Publish button for editors only. Experts cannot publish (the server refuses them), so
 * they see "Submit for review" instead of a button that would only fail.
 */
export const EditorPublishButton = () => {
  const { user } = useAuth()
  return isEditor(user) ? <PublishButton /> : null
}

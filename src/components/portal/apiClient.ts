import type { ClientMessages } from '../../i18n/messages/client.js'
import { format } from '../../i18n/messages/index.js'
import type { Locale } from '../../localization.js'

/** What the portal's forms need to speak about a failed request. */
export type ClientText = ClientMessages & { locale: Locale }

type ErrorBody = {
  errors?: { message?: string; data?: { errors?: { message?: string }[] } | null }[]
} | null

/**
 * A request to our API from a portal form, asking for its messages in the page's language (the
 * browser's own languages may differ from the page's); null when the network failed.
 */
export const callApi = (url: string, init: RequestInit, text: ClientText) =>
  fetch(url, {
    credentials: 'same-origin',
    ...init,
    headers: { ...(init.headers as Record<string, string>), 'accept-language': text.locale },
  }).catch(() => null)

/** The error of an answer in words a person can act on: a field's message first, then the error's. */
export const failureMessage = async (res: Response | null, text: ClientText): Promise<string> => {
  if (!res) return text.networkError
  const body = (await res.json().catch(() => null)) as ErrorBody
  const first = body?.errors?.[0]
  return (
    first?.data?.errors?.[0]?.message ??
    first?.message ??
    format(text.unexpected, { status: res.status })
  )
}

/** Accepts an empty value or an absolute http(s) URL. */
export const httpUrl = (value: unknown): string | true => {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'Must be a web address'
  try {
    const { protocol } = new URL(value)
    return protocol === 'http:' || protocol === 'https:'
      ? true
      : 'Must start with http:// or https://'
  } catch {
    return 'Must be a web address such as https://example.org'
  }
}

import { messages } from '../../../portal/i18n.js'

/**
 * Shown for unpublished or unknown items. Next gives not-found pages no params, so the text is in
 * all three languages, Finnish first.
 */
const NotFound = () => (
  <section aria-labelledby="not-found-title">
    <h1 id="not-found-title">{messages('fi').notFound.title}</h1>
    {(['fi', 'sv', 'en'] as const).map((locale) => (
      <p key={locale} lang={locale}>
        {messages(locale).notFound.text} <a href={`/${locale}`}>{messages(locale).notFound.home}</a>
      </p>
    ))}
  </section>
)

export default NotFound

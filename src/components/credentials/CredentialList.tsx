import type { CredentialListItem } from '../../credentials/list.js'
import type { CredentialText } from '../../credentials/text.js'
import type { Locale } from '../../localization.js'

type Props = { items: CredentialListItem[]; locale: Locale; t: CredentialText['list'] }

/** The teacher's Open Badges credentials with their downloads and the verification link. */
export const CredentialList = ({ items, locale, t }: Props) => (
  <section className="panel" aria-labelledby="my-credentials" data-testid="credentials">
    <h2 id="my-credentials">{t.title}</h2>
    {items.length ? (
      <ul>
        {items.map((c) => (
          <li key={String(c.id)}>
            <strong>{c.name}</strong> ({t.issued} {new Date(c.issuedAt).toLocaleDateString(locale)}
            {c.revoked ? `, ${t.revoked}` : ''}){' '}
            <a href={c.downloads.json} download>
              {t.json}
            </a>{' '}
            <a href={c.downloads.svg} download>
              {t.svg}
            </a>{' '}
            <a href={c.downloads.png} download>
              {t.png}
            </a>{' '}
            <a href={c.verify}>{t.verify}</a>
          </li>
        ))}
      </ul>
    ) : (
      <p>{t.none}</p>
    )}
  </section>
)

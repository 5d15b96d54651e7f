import type { Metadata } from 'next'

import { resolveLocale } from '../../../../components/portal/route.js'
import type { Locale } from '../../../../localization.js'
import type { CompetenceTreeNode } from '../../../../portal/competences.js'
import { competenceFrameworks } from '../../../../portal/data.js'
import { format, messages } from '../../../../portal/i18n.js'
import { portalPayload } from '../../../../portal/payload.js'
import { searchPath } from '../../../../portal/urls.js'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({
  title: messages(await resolveLocale(params)).competences.title,
})

const Branch = ({ nodes, locale }: { nodes: CompetenceTreeNode[]; locale: Locale }) => {
  const t = messages(locale).competences
  return (
    <ul className="tree">
      {nodes.map((node) => (
        <li key={String(node.id)} data-code={node.code} data-count={node.count}>
          <span className="code">{node.code}</span>
          {node.count > 0 ? (
            <a href={searchPath(locale, { competence: node.code })}>{node.name}</a>
          ) : (
            <span>{node.name}</span>
          )}{' '}
          <span className="count">
            (
            {node.count === 0
              ? t.noItems
              : node.count === 1
                ? t.oneItem
                : format(t.items, { count: node.count })}
            )
          </span>
          {node.children.length ? <Branch nodes={node.children} locale={locale} /> : null}
        </li>
      ))}
    </ul>
  )
}

const CompetencesPage = async ({ params }: Props) => {
  const locale = await resolveLocale(params)
  const t = messages(locale).competences
  const frameworks = await competenceFrameworks(await portalPayload(), locale)
  const titles: Record<string, string> = {
    digcompedu: t.digcompedu,
    transversal: t.transversal,
    city: t.city,
  }
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {frameworks.map((f) => (
        <section key={f.framework} aria-labelledby={`framework-${f.framework}`} className="panel">
          <h2 id={`framework-${f.framework}`}>{titles[f.framework] ?? f.framework}</h2>
          <Branch nodes={f.nodes} locale={locale} />
        </section>
      ))}
    </>
  )
}

export default CompetencesPage

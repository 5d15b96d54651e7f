import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { headers } from 'next/headers.js'
import { notFound } from 'next/navigation.js'
import type { ReactNode } from 'react'
import type { SerializedEditorState } from 'lexical'

import type { ContentCollection } from '../../../collections/slugs.js'
import { env } from '../../env.js'
import { formatAddress, type Address } from '../../fields/address.js'
import {
  accessibilityOptions,
  costOptions,
  environmentKindOptions,
  gradeBandOptions,
  languageOptions,
  licenceOptions,
  subjectOptions,
} from '../../fields/vocabularies.js'
import type { Locale } from '../../localization.js'
import { currentUser, joined, publishedBySlug, readable, type Doc } from '../../portal/data.js'
import { format, formatDate, messages, optionLabel } from '../../portal/i18n.js'
import { portalPayload } from '../../portal/payload.js'
import { approvedComments, ownRating, ratingSummary } from '../../portal/ratings.js'
import { portalPath, schoolPath, searchPath } from '../../portal/urls.js'
import { DevicePanel } from './DevicePanel.js'
import { RatingPanel } from './RatingPanel.js'
import { resolveLocale } from './route.js'

/**
 * The item's schema.org JSON-LD from the interop mapping, or null: a mapping error is logged and
 * never takes the page down.
 */
const itemJsonLd = async (doc: Doc, collection: ContentCollection, locale: Locale) => {
  try {
    const { toJsonLd } = await import('../../interop/jsonld/index.js')
    return toJsonLd(doc, { collection, locale, serverUrl: env().serverUrl })
  } catch (error) {
    console.warn(`portal: no JSON-LD for ${collection} ${doc.id}: ${(error as Error).message}`)
    return null
  }
}

export type DetailProps = { params: Promise<{ locale: string; slug: string }> }

const load = async (collection: ContentCollection, props: DetailProps) => {
  const locale = await resolveLocale(props.params)
  const { slug } = await props.params
  const payload = await portalPayload()
  const doc = await publishedBySlug(payload, collection, decodeURIComponent(slug), locale)
  if (!doc) notFound()
  return { locale, payload, doc }
}

export const detailMetadata =
  (collection: ContentCollection) =>
  async (props: DetailProps): Promise<Metadata> => {
    const { doc } = await load(collection, props)
    return { title: String(doc.title ?? '') }
  }

const labels = (
  options: readonly { value: string; label: Record<Locale, string> }[],
  values: unknown,
  locale: Locale,
) => ((values as string[] | undefined) ?? []).map((v) => optionLabel(options, v, locale)).join(', ')

/** Links to related items of one kind, or a worded empty state. */
const Related = ({
  title,
  items,
  empty,
  render,
}: {
  title: string
  items: Doc[]
  empty: string
  render: (doc: Doc) => ReactNode
}) => (
  <section aria-label={title}>
    <h2>{title}</h2>
    {items.length ? (
      <ul className="link-list">
        {items.map((doc) => (
          <li key={String(doc.id)}>{render(doc)}</li>
        ))}
      </ul>
    ) : (
      <p className="empty">{empty}</p>
    )}
  </section>
)

// A render callback for `.map()`, not a component, so it needs no display name.
// eslint-disable-next-line react/display-name
const linkTo = (collection: ContentCollection, locale: Locale) => (doc: Doc) => (
  <a href={portalPath(collection, String(doc.slug ?? doc.id), locale)}>{String(doc.title ?? '')}</a>
)

/**
 * One page for the four kinds of content: rich text, facts, links both ways, device needs,
 * teachers' ratings and the item's JSON-LD. Only the published version is ever read.
 */
export const DetailPage = async ({
  collection,
  ...props
}: DetailProps & { collection: ContentCollection }) => {
  const { locale, payload, doc } = await load(collection, props)
  const t = messages(locale)
  const d = t.detail
  const ref = { collection, id: doc.id }
  const user = await currentUser(payload, await headers())
  const [summary, comments, own] = await Promise.all([
    ratingSummary(payload, ref),
    approvedComments(payload, ref),
    ownRating(payload, ref, user),
  ])
  const path = portalPath(collection, String(doc.slug ?? doc.id), locale)
  const jsonLd = await itemJsonLd(doc, collection, locale)
  const lead = String((collection === 'digital-materials' ? doc.description : doc.summary) ?? '')
  const rich = (
    collection === 'pedagogical-models'
      ? doc.body
      : collection === 'digital-materials'
        ? null
        : doc.description
  ) as SerializedEditorState | null | undefined
  const competences = readable(doc.competenceAreas)
  const facts: [string, ReactNode][] = []
  const add = (label: string, value: ReactNode) => {
    if (value !== null && value !== undefined && value !== '') facts.push([label, value])
  }
  add(d.gradeBands, labels(gradeBandOptions, doc.gradeBands, locale))
  add(d.subjects, labels(subjectOptions, doc.subjects, locale))
  if (typeof doc.durationMinutes === 'number')
    add(d.duration, format(d.minutes, { count: doc.durationMinutes }))
  if (collection === 'learning-environments') {
    add(d.kind, optionLabel(environmentKindOptions, String(doc.kind ?? ''), locale))
    add(d.address, formatAddress(doc.address as Address | undefined))
    add(d.district, (doc.district as string | undefined) ?? '')
    if (doc.website)
      add(
        d.website,
        <a href={String(doc.website)} rel="noopener noreferrer">
          {String(doc.website)}
        </a>,
      )
    if (doc.bookingUrl)
      add(
        d.booking,
        <a href={String(doc.bookingUrl)} rel="noopener noreferrer">
          {String(doc.bookingUrl)}
        </a>,
      )
    if (doc.cost) add(d.cost, optionLabel(costOptions, String(doc.cost), locale))
    add(d.accessibility, labels(accessibilityOptions, doc.accessibility, locale))
    add(
      d.attribution,
      String((doc.source as { attribution?: string } | undefined)?.attribution ?? ''),
    )
  }
  if (collection === 'digital-materials') {
    add(d.provider, String(doc.provider ?? ''))
    add(d.cost, optionLabel(costOptions, String(doc.cost ?? ''), locale))
    add(d.languages, labels(languageOptions, doc.languages, locale))
    add(d.accessibility, labels(accessibilityOptions, doc.accessibilityFeatures, locale))
  }
  if (collection === 'pilots') {
    add(d.schoolYear, String(doc.schoolYear ?? ''))
    add(d.theme, String(doc.theme ?? ''))
  }
  if (doc.licence) add(d.licence, optionLabel(licenceOptions, String(doc.licence), locale))

  return (
    <article className="detail">
      <div>
        <span className="type-label">{t.types[collection]}</span>
        <h1>{String(doc.title ?? '')}</h1>
        {doc.isExample ? <p className="chip">{d.example}</p> : null}
        {lead ? <p className="lead">{lead}</p> : null}
        {collection === 'digital-materials' && doc.url ? (
          <p>
            <a className="button" href={String(doc.url)} rel="noopener noreferrer">
              {d.openMaterial}
            </a>
          </p>
        ) : null}
        {rich?.root ? (
          <div className="rich-text">
            <RichText data={rich} />
          </div>
        ) : null}
        {collection === 'pilots' && doc.outcomes ? (
          <>
            <h2>{d.outcomes}</h2>
            <p>{String(doc.outcomes)}</p>
          </>
        ) : null}
        {facts.length ? (
          <dl className="facts">
            {facts.map(([label, value]) => (
              <div key={label} style={{ display: 'contents' }}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        ) : null}

        {collection === 'pedagogical-models' ? (
          <>
            <Related
              title={d.sites}
              items={readable(doc.learningEnvironments)}
              empty={d.noLinks}
              render={linkTo('learning-environments', locale)}
            />
            <Related
              title={d.materials}
              items={readable(doc.materials)}
              empty={d.noLinks}
              render={linkTo('digital-materials', locale)}
            />
            <Related
              title={d.pilots}
              items={readable(doc.pilots)}
              empty={d.noLinks}
              render={linkTo('pilots', locale)}
            />
          </>
        ) : null}
        {collection === 'learning-environments' ? (
          <Related
            title={d.models}
            items={joined(doc.models)}
            empty={d.noLinks}
            render={linkTo('pedagogical-models', locale)}
          />
        ) : null}
        {collection === 'digital-materials' ? (
          <Related
            title={d.models}
            items={joined(doc.usedInModels)}
            empty={d.noLinks}
            render={linkTo('pedagogical-models', locale)}
          />
        ) : null}
        {collection === 'pilots' ? (
          <>
            <Related
              title={d.modelsFromPilot}
              items={joined(doc.models)}
              empty={d.noLinks}
              render={linkTo('pedagogical-models', locale)}
            />
            <Related
              title={d.schools}
              items={readable(doc.schools)}
              empty={d.noLinks}
              render={(school) => (
                <a href={schoolPath(locale, school.id)}>{String(school.name ?? '')}</a>
              )}
            />
          </>
        ) : null}
        {collection !== 'learning-environments' ? (
          <Related
            title={d.competences}
            items={competences}
            empty={d.noLinks}
            render={(c) => (
              <a href={searchPath(locale, { competence: String(c.code) })}>
                {String(c.code)} {String(c.name ?? '')}
              </a>
            )}
          />
        ) : null}
        {typeof doc.updatedAt === 'string' ? (
          <p className="meta">{format(d.updated, { date: formatDate(doc.updatedAt, locale) })}</p>
        ) : null}
      </div>
      <aside>
        <DevicePanel profile={readable(doc.deviceProfile)[0]} locale={locale} />
        <RatingPanel
          locale={locale}
          item={{ relationTo: collection, value: doc.id }}
          summary={summary}
          comments={comments}
          signedIn={Boolean(user)}
          own={own}
          loginHref={`/${locale}/login?next=${encodeURIComponent(path)}`}
        />
      </aside>
      {jsonLd ? (
        <script
          type="application/ld+json"
          // JSON-LD must not close the script element early.
          dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }}
        />
      ) : null}
    </article>
  )
}

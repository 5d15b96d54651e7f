import type { Payload } from 'payload'
import { create } from 'xmlbuilder2'

import { CONTENT_COLLECTIONS } from '../../collections/slugs.js'
import { LOCALES } from '../localization.js'
import { portalUrl } from './urls.js'

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const XHTML = 'http://www.w3.org/1999/xhtml'

/** The sitemap protocol's limit per file. */
export const SITEMAP_LIMIT = 50_000

/**
 * The public portal pages: each locale's front page and every published item in each locale, with
 * its language alternates and last change.
 */
export const buildSitemap = async (payload: Payload, serverUrl: string): Promise<string> => {
  const urlset = create({ version: '1.0', encoding: 'UTF-8' }).ele('urlset', {
    xmlns: NS,
    'xmlns:xhtml': XHTML,
  })
  const base = serverUrl.replace(/\/+$/, '')
  const add = (urls: Record<string, string>, lastmod?: string) => {
    for (const locale of LOCALES) {
      const url = urlset.ele('url')
      url.ele('loc').txt(urls[locale]!)
      if (lastmod) url.ele('lastmod').txt(lastmod)
      for (const alternate of LOCALES) {
        url.ele('xhtml:link', { rel: 'alternate', hreflang: alternate, href: urls[alternate]! })
      }
    }
  }
  add(Object.fromEntries(LOCALES.map((l) => [l, `${base}/${l}`])))
  let count = LOCALES.length
  for (const collection of CONTENT_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      select: { slug: true, updatedAt: true },
      sort: 'slug',
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
    })
    for (const doc of docs) {
      if (!doc.slug || (count += LOCALES.length) > SITEMAP_LIMIT) continue
      add(
        Object.fromEntries(LOCALES.map((l) => [l, portalUrl(base, collection, doc.slug!, l)])),
        doc.updatedAt?.slice(0, 10),
      )
    }
  }
  return urlset.end({ prettyPrint: true })
}

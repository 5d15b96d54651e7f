import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'

import {
  accessibilityTerm,
  frameworkName,
  gradeBandLabel,
  isoDuration,
  subjectLabel,
  type ResourceFacts,
  type Texts,
} from '../facts.js'
import { apiUrl, portalUrl } from '../urls.js'
import { LOCALES } from '../../localization.js'

export const NS = {
  oai: 'http://www.openarchives.org/OAI/2.0/',
  oaiDc: 'http://www.openarchives.org/OAI/2.0/oai_dc/',
  dc: 'http://purl.org/dc/elements/1.1/',
  lrmi: 'http://purl.org/dcx/lrmi-terms/',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const

export type MetadataFormat = {
  prefix: string
  schema: (serverUrl: string) => string
  namespace: string
  write: (parent: XMLBuilder, facts: ResourceFacts, serverUrl: string) => void
}

const each = (parent: XMLBuilder, name: string, texts: Texts) => {
  for (const [lang, text] of Object.entries(texts)) parent.ele(name, { 'xml:lang': lang }).txt(text)
}

const labelled = (
  label: (value: string, locale: (typeof LOCALES)[number]) => string,
  value: string,
): Texts => Object.fromEntries(LOCALES.map((l) => [l, label(value, l)]))

/** The Dublin Core elements both formats carry. */
const writeDublinCore = (el: XMLBuilder, f: ResourceFacts, serverUrl: string) => {
  each(el, 'dc:title', f.titles)
  for (const name of f.authors) el.ele('dc:creator').txt(name)
  for (const subject of f.subjects) each(el, 'dc:subject', labelled(subjectLabel, subject))
  for (const c of f.competences) each(el, 'dc:subject', c.names)
  each(el, 'dc:description', f.descriptions)
  el.ele('dc:publisher').txt(f.provider ?? 'Learning City')
  if (f.publishedAt) el.ele('dc:date').txt(f.publishedAt.slice(0, 10))
  el.ele('dc:type').txt(f.resourceType)
  if (f.slug)
    for (const l of LOCALES)
      el.ele('dc:identifier').txt(portalUrl(serverUrl, f.collection, f.slug, l))
  el.ele('dc:identifier').txt(apiUrl(serverUrl, f.collection, f.id))
  if (f.url) el.ele('dc:relation').txt(f.url)
  for (const language of f.languages.length ? f.languages : Object.keys(f.titles))
    el.ele('dc:language').txt(language)
  if (f.place) el.ele('dc:coverage').txt(`${f.place.lat},${f.place.lng}`)
  if (f.licenceUrl ?? f.licence) el.ele('dc:rights').txt(f.licenceUrl ?? f.licence!)
}

const oaiDc: MetadataFormat = {
  prefix: 'oai_dc',
  schema: () => 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd',
  namespace: NS.oaiDc,
  write: (parent, f, serverUrl) => {
    const el = parent.ele('oai_dc:dc', {
      'xmlns:oai_dc': NS.oaiDc,
      'xmlns:dc': NS.dc,
      'xmlns:xsi': NS.xsi,
      'xsi:schemaLocation': `${NS.oaiDc} http://www.openarchives.org/OAI/2.0/oai_dc.xsd`,
    })
    writeDublinCore(el, f, serverUrl)
  },
}

/** Dublin Core plus the LRMI terms, in the LRMI namespace. */
const lrmi: MetadataFormat = {
  prefix: 'lrmi',
  schema: (serverUrl) => `${serverUrl.replace(/\/+$/, '')}/oai/lrmi.xsd`,
  namespace: NS.lrmi,
  write: (parent, f, serverUrl) => {
    const el = parent.ele('lrmi:lrmi', {
      'xmlns:lrmi': NS.lrmi,
      'xmlns:dc': NS.dc,
      'xmlns:xsi': NS.xsi,
      'xsi:schemaLocation': `${NS.lrmi} ${lrmi.schema(serverUrl)}`,
    })
    writeDublinCore(el, f, serverUrl)
    for (const band of f.gradeBands)
      each(el, 'lrmi:educationalLevel', labelled(gradeBandLabel, band))
    for (const c of f.competences) {
      const alignment = el.ele('lrmi:educationalAlignment')
      alignment.ele('lrmi:alignmentType').txt('teaches')
      alignment.ele('lrmi:educationalFramework').txt(frameworkName(c.framework))
      alignment
        .ele('lrmi:targetName')
        .txt(`${c.code} ${c.names.en ?? c.names.fi ?? Object.values(c.names)[0] ?? ''}`.trim())
      alignment.ele('lrmi:targetUrl').txt(apiUrl(serverUrl, 'competence-areas', c.id))
    }
    el.ele('lrmi:learningResourceType').txt(f.resourceType)
    for (const language of f.languages.length ? f.languages : Object.keys(f.titles))
      el.ele('lrmi:inLanguage').txt(language)
    for (const feature of f.accessibility)
      el.ele('lrmi:accessibilityFeature').txt(accessibilityTerm(feature))
    if (f.licenceUrl) el.ele('lrmi:license').txt(f.licenceUrl)
    if (f.durationMinutes !== null) el.ele('lrmi:timeRequired').txt(isoDuration(f.durationMinutes))
    if (f.free !== null) el.ele('lrmi:isAccessibleForFree').txt(String(f.free))
  },
}

export const METADATA_FORMATS: readonly MetadataFormat[] = [oaiDc, lrmi]

export const formatOf = (prefix: string): MetadataFormat | undefined =>
  METADATA_FORMATS.find((f) => f.prefix === prefix)

/** A lax XML Schema for the `lrmi` container, so that the advertised schema resolves. */
export const LRMI_XSD = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="${NS.lrmi}" elementFormDefault="qualified">
  <xs:element name="lrmi">
    <xs:complexType>
      <xs:sequence>
        <xs:any namespace="##any" processContents="lax" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
</xs:schema>
`

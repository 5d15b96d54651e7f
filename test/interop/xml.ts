import { XMLParser } from 'fast-xml-parser'

/** Elements that may repeat, always parsed as arrays so that tests can assert exact lists. */
const REPEATED = new Set([
  'record',
  'header',
  'setSpec',
  'set',
  'metadataFormat',
  'dc:title',
  'dc:subject',
  'dc:description',
  'dc:identifier',
  'dc:language',
  'dc:creator',
  'lrmi:educationalLevel',
  'lrmi:educationalAlignment',
  'lrmi:inLanguage',
  'lrmi:accessibilityFeature',
  'url',
  'xhtml:link',
])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => REPEATED.has(name),
})

export const parseXml = (xml: string): any => parser.parse(xml)

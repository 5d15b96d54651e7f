import type { Payload } from 'payload'
import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'

import { CONTENT_COLLECTIONS, type ContentCollection } from '../../../collections/slugs.js'
import { GRADE_BANDS, gradeBandOptions } from '../../fields/vocabularies.js'
import { isValidId } from '../../ids.js'
import { factsOf } from '../facts.js'
import { oaiHost, oaiIdentifier, parseOaiIdentifier } from '../urls.js'
import { formatOf, METADATA_FORMATS, NS } from './metadata.js'
import {
  compareHeaders,
  hasGradeBands,
  listHeaders,
  loadDocuments,
  type Header,
  type HeaderFilter,
} from './repository.js'
import { decodeToken, encodeToken, type ListState } from './token.js'

export const PAGE_SIZE = 100

export type OaiContext = {
  payload: Payload
  serverUrl: string
  /** Signs resumption tokens. */
  secret: string
  pageSize?: number
}

export type OaiErrorCode =
  | 'badVerb'
  | 'badArgument'
  | 'cannotDisseminateFormat'
  | 'idDoesNotExist'
  | 'noRecordsMatch'
  | 'noMetadataFormats'
  | 'noSetHierarchy'
  | 'badResumptionToken'

export class OaiError extends Error {
  override name = 'OaiError'
  constructor(
    readonly code: OaiErrorCode,
    message: string,
  ) {
    super(message)
  }
}

type Args = Record<string, string>

/** Arguments each verb takes; `exclusive` may only come alone (besides the verb). */
const VERBS: Record<string, { required: string[]; optional: string[]; exclusive?: string }> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
  ListIdentifiers: {
    required: ['metadataPrefix'],
    optional: ['from', 'until', 'set'],
    exclusive: 'resumptionToken',
  },
  ListRecords: {
    required: ['metadataPrefix'],
    optional: ['from', 'until', 'set'],
    exclusive: 'resumptionToken',
  },
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
}

/** Checks the verb and its arguments as the specification requires (section 3.6). */
export const parseRequest = (params: Record<string, unknown>): { verb: string; args: Args } => {
  const verb = params.verb
  if (Array.isArray(verb)) throw new OaiError('badVerb', 'The verb argument is repeated.')
  if (typeof verb !== 'string' || verb === '')
    throw new OaiError('badVerb', 'The verb argument is missing.')
  const spec = VERBS[verb]
  if (!spec || !Object.hasOwn(VERBS, verb))
    throw new OaiError('badVerb', `"${verb}" is not a legal OAI-PMH verb.`)
  const args: Args = {}
  for (const [key, value] of Object.entries(params)) {
    if (key === 'verb') continue
    if (Array.isArray(value))
      throw new OaiError('badArgument', `The argument "${key}" is repeated.`)
    if (typeof value !== 'string')
      throw new OaiError('badArgument', `The argument "${key}" is not a plain value.`)
    if (![...spec.required, ...spec.optional, spec.exclusive].includes(key)) {
      throw new OaiError('badArgument', `The argument "${key}" is not legal for ${verb}.`)
    }
    args[key] = value
  }
  if (spec.exclusive && args[spec.exclusive] !== undefined) {
    if (Object.keys(args).length > 1) {
      throw new OaiError('badArgument', `${spec.exclusive} is an exclusive argument.`)
    }
    return { verb, args }
  }
  for (const key of spec.required) {
    if (!args[key])
      throw new OaiError('badArgument', `The argument "${key}" is required for ${verb}.`)
  }
  return { verb, args }
}

type Bound = { ms: number; granularity: 'day' | 'second' }

/** A `from`/`until` value at day or seconds granularity, or badArgument. */
export const parseDate = (value: string, name: string): Bound => {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})Z)?$/.exec(value)
  const ms = match ? Date.parse(match[4] ? value : `${value}T00:00:00Z`) : Number.NaN
  const canonical = Number.isNaN(ms) ? '' : new Date(ms).toISOString()
  if (!match || canonical.slice(0, match[4] ? 19 : 10) !== value.replace(/Z$/, '')) {
    throw new OaiError(
      'badArgument',
      `"${value}" is not a valid ${name} date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).`,
    )
  }
  return { ms, granularity: match[4] ? 'second' : 'day' }
}

/** The datestamp of a record at the repository's granularity (seconds). */
export const datestamp = (ms: number): string =>
  new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

const collectionLabel = (payload: Payload, slug: ContentCollection): string => {
  const plural = payload.collections[slug].config.labels.plural
  return typeof plural === 'object' && plural && 'en' in plural ? String(plural.en) : slug
}

/** The set hierarchy: content types and grade bands, each under its parent. */
const setList = (payload: Payload): { spec: string; name: string }[] => [
  { spec: 'type', name: 'Content types' },
  ...CONTENT_COLLECTIONS.map((c) => ({ spec: `type:${c}`, name: collectionLabel(payload, c) })),
  { spec: 'grade', name: 'Grade bands' },
  ...gradeBandOptions.map((o) => ({ spec: `grade:${o.value}`, name: o.label.en })),
]

const filterForSet = (
  payload: Payload,
  set: string | undefined,
): Omit<HeaderFilter, 'from' | 'before'> => {
  if (set === undefined || set === 'type') return { collections: CONTENT_COLLECTIONS }
  const [kind, value, ...rest] = set.split(':')
  if (
    rest.length === 0 &&
    kind === 'type' &&
    (CONTENT_COLLECTIONS as readonly string[]).includes(value ?? '')
  ) {
    return { collections: [value as ContentCollection] }
  }
  const graded = CONTENT_COLLECTIONS.filter((c) => hasGradeBands(payload, c))
  if (set === 'grade') return { collections: graded, gradeBand: '*' }
  if (
    rest.length === 0 &&
    kind === 'grade' &&
    (GRADE_BANDS as readonly string[]).includes(value ?? '')
  ) {
    return { collections: graded, gradeBand: value }
  }
  throw new OaiError('badArgument', `The set "${set}" does not exist in this repository.`)
}

const setSpecsOf = (h: Header): string[] => [
  `type:${h.collection}`,
  ...h.gradeBands.map((b) => `grade:${b}`),
]

const writeHeader = (parent: XMLBuilder, h: Header, serverUrl: string) => {
  const el = parent.ele('header', h.deleted ? { status: 'deleted' } : {})
  el.ele('identifier').txt(oaiIdentifier(serverUrl, h.collection, h.id))
  el.ele('datestamp').txt(datestamp(h.datestamp))
  for (const spec of setSpecsOf(h)) el.ele('setSpec').txt(spec)
}

/** The header of one item, live or withdrawn, or idDoesNotExist. */
const headerOf = async (ctx: OaiContext, identifier: string): Promise<Header> => {
  const parsed = parseOaiIdentifier(ctx.serverUrl, identifier)
  const missing = new OaiError(
    'idDoesNotExist',
    `"${identifier}" is not an identifier in this repository.`,
  )
  if (!parsed || !isValidId(ctx.payload, parsed.id)) throw missing
  const all = await listHeaders(ctx.payload, { collections: [parsed.collection] })
  const found = all.find((h) => h.id === parsed.id)
  if (!found) throw missing
  return found
}

const listState = (ctx: OaiContext, args: Args): ListState => {
  if (args.resumptionToken !== undefined) {
    const state = decodeToken(args.resumptionToken, ctx.secret)
    if (!state)
      throw new OaiError('badResumptionToken', 'The resumption token is invalid or has expired.')
    return state
  }
  return {
    metadataPrefix: args.metadataPrefix!,
    set: args.set,
    from: args.from,
    until: args.until,
    cursor: 0,
    after: [-1, '', ''],
  }
}

const listPage = async (
  ctx: OaiContext,
  parent: XMLBuilder,
  verb: 'ListIdentifiers' | 'ListRecords',
  args: Args,
) => {
  const state = listState(ctx, args)
  const format = formatOf(state.metadataPrefix)
  if (!format)
    throw new OaiError(
      'cannotDisseminateFormat',
      `The metadata format "${state.metadataPrefix}" is not supported.`,
    )
  const from = state.from === undefined ? undefined : parseDate(state.from, 'from')
  const until = state.until === undefined ? undefined : parseDate(state.until, 'until')
  if (from && until && from.granularity !== until.granularity) {
    throw new OaiError('badArgument', 'from and until must have the same granularity.')
  }
  if (from && until && from.ms > until.ms)
    throw new OaiError('badArgument', 'from is later than until.')
  const before = until ? until.ms + (until.granularity === 'day' ? 86_400_000 : 1000) : undefined
  const headers = await listHeaders(ctx.payload, {
    ...filterForSet(ctx.payload, state.set),
    from: from?.ms,
    before,
  })
  const [afterMs, afterCollection, afterId] = state.after
  const remaining = headers.filter(
    (h) =>
      compareHeaders(h, {
        datestamp: afterMs,
        collection: afterCollection as ContentCollection,
        id: afterId,
      }) > 0,
  )
  if (remaining.length === 0) throw new OaiError('noRecordsMatch', 'No records match the request.')
  const size = ctx.pageSize ?? PAGE_SIZE
  const page = remaining.slice(0, size)
  const list = parent.ele(verb)
  const documents = verb === 'ListRecords' ? await loadDocuments(ctx.payload, page) : new Map()
  for (const h of page) {
    if (verb === 'ListIdentifiers') writeHeader(list, h, ctx.serverUrl)
    else writeRecord(ctx, list, h, documents.get(`${h.collection}/${h.id}`), format.prefix)
  }
  const resumable = remaining.length > size
  if (resumable || state.cursor > 0) {
    const last = page[page.length - 1]!
    const token = list.ele('resumptionToken', {
      completeListSize: String(headers.length),
      cursor: String(state.cursor),
    })
    if (resumable) {
      token.txt(
        encodeToken(
          {
            ...state,
            cursor: state.cursor + page.length,
            after: [last.datestamp, last.collection, last.id],
          },
          ctx.secret,
        ),
      )
    }
  }
}

const writeRecord = (
  ctx: OaiContext,
  parent: XMLBuilder,
  header: Header,
  doc: (Record<string, unknown> & { id: number | string }) | undefined,
  prefix: string,
) => {
  // A live header whose document vanished between the two reads is reported as withdrawn.
  const h = doc || header.deleted ? header : { ...header, deleted: true }
  const record = parent.ele('record')
  writeHeader(record, h, ctx.serverUrl)
  if (h.deleted || !doc) return
  formatOf(prefix)!.write(record.ele('metadata'), factsOf(h.collection, doc), ctx.serverUrl)
}

const VERB_HANDLERS: Record<
  string,
  (ctx: OaiContext, parent: XMLBuilder, args: Args) => Promise<void>
> = {
  Identify: async (ctx, parent) => {
    const headers = await listHeaders(ctx.payload, { collections: CONTENT_COLLECTIONS })
    const host = oaiHost(ctx.serverUrl)
    const el = parent.ele('Identify')
    el.ele('repositoryName').txt('Learning City')
    el.ele('baseURL').txt(baseUrl(ctx))
    el.ele('protocolVersion').txt('2.0')
    el.ele('adminEmail').txt(`webmaster@${host}`)
    el.ele('earliestDatestamp').txt(datestamp(headers[0]?.datestamp ?? 0))
    el.ele('deletedRecord').txt('persistent')
    el.ele('granularity').txt('YYYY-MM-DDThh:mm:ssZ')
    const id = el.ele('description').ele('oai-identifier', {
      xmlns: 'http://www.openarchives.org/OAI/2.0/oai-identifier',
      'xmlns:xsi': NS.xsi,
      'xsi:schemaLocation':
        'http://www.openarchives.org/OAI/2.0/oai-identifier http://www.openarchives.org/OAI/2.0/oai-identifier.xsd',
    })
    id.ele('scheme').txt('oai')
    id.ele('repositoryIdentifier').txt(host)
    id.ele('delimiter').txt(':')
    id.ele('sampleIdentifier').txt(oaiIdentifier(ctx.serverUrl, 'pedagogical-models', 1))
  },
  ListMetadataFormats: async (ctx, parent, args) => {
    if (args.identifier !== undefined) await headerOf(ctx, args.identifier)
    const el = parent.ele('ListMetadataFormats')
    for (const format of METADATA_FORMATS) {
      const f = el.ele('metadataFormat')
      f.ele('metadataPrefix').txt(format.prefix)
      f.ele('schema').txt(format.schema(ctx.serverUrl))
      f.ele('metadataNamespace').txt(format.namespace)
    }
  },
  ListSets: async (ctx, parent, args) => {
    if (args.resumptionToken !== undefined) {
      throw new OaiError(
        'badResumptionToken',
        'The set list is never split, so no resumption token is valid.',
      )
    }
    const el = parent.ele('ListSets')
    for (const set of setList(ctx.payload)) {
      const s = el.ele('set')
      s.ele('setSpec').txt(set.spec)
      s.ele('setName').txt(set.name)
    }
  },
  ListIdentifiers: (ctx, parent, args) => listPage(ctx, parent, 'ListIdentifiers', args),
  ListRecords: (ctx, parent, args) => listPage(ctx, parent, 'ListRecords', args),
  GetRecord: async (ctx, parent, args) => {
    if (!formatOf(args.metadataPrefix!)) {
      throw new OaiError(
        'cannotDisseminateFormat',
        `The metadata format "${args.metadataPrefix}" is not supported.`,
      )
    }
    const header = await headerOf(ctx, args.identifier!)
    const documents = await loadDocuments(ctx.payload, [header])
    writeRecord(
      ctx,
      parent.ele('GetRecord'),
      header,
      documents.get(`${header.collection}/${header.id}`),
      args.metadataPrefix!,
    )
  },
}

const baseUrl = (ctx: OaiContext): string => `${ctx.serverUrl.replace(/\/+$/, '')}/oai`

/**
 * Answers one OAI-PMH request (GET query or POST form, as parsed) with the XML document to send.
 * Protocol errors are part of the answer, as the specification wants; only a failure of the
 * repository itself throws.
 */
export const answerOai = async (
  ctx: OaiContext,
  params: Record<string, unknown>,
  now = new Date(),
): Promise<string> => {
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('OAI-PMH', {
    xmlns: NS.oai,
    'xmlns:xsi': NS.xsi,
    'xsi:schemaLocation': `${NS.oai} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd`,
  })
  doc.ele('responseDate').txt(datestamp(now.getTime()))
  const request = doc.ele('request')
  request.txt(baseUrl(ctx))
  let echoed: string[] = []
  try {
    const { verb, args } = parseRequest(params)
    echoed = ['verb', ...Object.keys(args)]
    request.att('verb', verb)
    for (const [key, value] of Object.entries(args)) request.att(key, value)
    // Handlers raise protocol errors before they write anything.
    await VERB_HANDLERS[verb]!(ctx, doc, args)
  } catch (err) {
    if (!(err instanceof OaiError)) throw err
    // For badVerb and badArgument the request element must not echo the arguments.
    if (err.code === 'badVerb' || err.code === 'badArgument') request.removeAtt(echoed)
    doc.ele('error', { code: err.code }).txt(err.message)
  }
  return doc.end({ prettyPrint: true })
}

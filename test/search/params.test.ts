import { describe, expect, it } from 'vitest'

import { parseSearchParams } from '../../src/search/params.js'
import { statusOf } from '../../src/server/errors.js'

const fails = (query: Record<string, unknown>) => {
  try {
    parseSearchParams(query)
  } catch (err) {
    const e = err as { message: string; field?: string }
    return { status: statusOf(err), message: e.message, field: e.field }
  }
  throw new Error('expected a 400')
}

describe('parseSearchParams', () => {
  it('gives defaults for an empty query', () => {
    expect(parseSearchParams({})).toEqual({
      q: '',
      locale: 'fi',
      type: [],
      sort: 'relevance',
      page: 1,
      limit: 20,
      status: 'published',
      grade: undefined,
      competence: undefined,
      subject: undefined,
      licence: undefined,
      free: undefined,
      fitsDevices: undefined,
      near: undefined,
      radius: undefined,
    })
  })

  it('parses every parameter', () => {
    const p = parseSearchParams(
      new URLSearchParams(
        'q=museo&locale=sv&type=pilots&type=digital-materials&grade=3-6&competence=3.1&subject=history&licence=cc-by&free=true&fitsDevices=7-9&near=60.17,24.93&radius=2.5&sort=distance&page=2&limit=5',
      ),
    )
    expect(p).toEqual({
      q: 'museo',
      locale: 'sv',
      type: ['pilots', 'digital-materials'],
      grade: '3-6',
      competence: '3.1',
      subject: 'history',
      licence: 'cc-by',
      free: true,
      fitsDevices: { kind: 'grade', value: '7-9' },
      near: { lat: 60.17, lng: 24.93 },
      radius: 2.5,
      sort: 'distance',
      page: 2,
      limit: 5,
      status: 'published',
    })
    expect(parseSearchParams({ fitsDevices: '42' }).fitsDevices).toEqual({
      kind: 'school',
      value: '42',
    })
  })

  it('names the parameter in every 400', () => {
    expect(fails({ locale: 'de' })).toEqual({
      status: 400,
      field: 'locale',
      message: 'Parameter "locale" must be one of fi, sv, en.',
    })
    expect(fails({ type: 'users' })).toMatchObject({ status: 400, field: 'type' })
    expect(fails({ grade: '10' })).toMatchObject({ status: 400, field: 'grade' })
    expect(fails({ competence: 'a b' })).toEqual({
      status: 400,
      field: 'competence',
      message: 'Parameter "competence" must be a competence code such as 3.1 or L5.',
    })
    expect(fails({ near: '60.1' })).toEqual({
      status: 400,
      field: 'near',
      message: 'Parameter "near" must be lat,lng in decimal degrees.',
    })
    expect(fails({ near: '95,24' })).toEqual({
      status: 400,
      field: 'near',
      message: 'Parameter "near" is outside the globe.',
    })
    expect(fails({ radius: '2' })).toEqual({
      status: 400,
      field: 'radius',
      message: 'Parameter "radius" needs "near" (lat,lng).',
    })
    expect(fails({ sort: 'distance' })).toEqual({
      status: 400,
      field: 'sort',
      message: 'Parameter "sort" can be distance only with "near" (lat,lng).',
    })
    expect(fails({ limit: '0' })).toEqual({
      status: 400,
      field: 'limit',
      message: 'Parameter "limit" must be at least 1.',
    })
    expect(fails({ page: 'x' })).toEqual({
      status: 400,
      field: 'page',
      message: 'Parameter "page" must be a whole number from 1 to 1000.',
    })
    expect(fails({ q: ['a', 'b'] })).toEqual({
      status: 400,
      field: 'q',
      message: 'Parameter "q" must be given once.',
    })
    expect(fails({ fitsDevices: 'early' })).toMatchObject({ status: 400, field: 'fitsDevices' })
    expect(fails({ colour: 'red' })).toEqual({
      status: 400,
      field: 'colour',
      message: 'Unknown parameter "colour".',
    })
    expect(fails({ status: 'draft' })).toMatchObject({ status: 400, field: 'status' })
  })
})

import type { EnvironmentKind, GradeBand } from '../fields/vocabularies.js'
import places from './data/helsinki-places.json' with { type: 'json' }

export type SourcePlace = (typeof places.places)[number]

export const PLACES_ATTRIBUTION = 'MyHelsinki Open API (City of Helsinki), CC BY 4.0'

/** Places where a class can learn; leisure businesses (spas, golf, karting …) are left out. */
const NOT_FOR_TEACHING = new Set([
  'Golf',
  'Karting',
  'Bowling',
  'Spa',
  'Sauna',
  'Wellness',
  'Yoga',
  'GymFitness',
  'EscapeRoom',
  'Banquet',
  'SaunaMeeting',
  'SAUNA & WELLNESS',
  'MiniGolf',
  'Waterpark',
  'AdventurePark',
  'EquipmentRental',
  'MovieTheatre',
  'Auditorium',
])

const TEACHING_TAGS = new Set([
  'Museum',
  'Gallery',
  'Library',
  'Nature',
  'Park',
  'Garden',
  'BotanicalGarden',
  'Arboretum',
  'Island',
  'History',
  'Architecture',
  'CultureCentre',
  'Theatre',
  'Concert',
  'Animals',
  'Design',
  'Art',
  'ContemporaryArt',
  'RecreationalArea',
  'Beach',
  'Sea',
  'Viewpoint',
  'Church',
  'Academy',
  'Music',
  'Dance',
  'Family',
  'Playground',
  'AlvarAalto',
  'MainAttraction',
  'SportCenter',
  'Swimming',
  'SwimmingHall',
  'IceSkating',
  'Athletics',
  'Mansion',
  'MUSEUMS & GALLERIES',
])

export const suitsTeaching = (place: SourcePlace): boolean =>
  place.tags.some((t) => TEACHING_TAGS.has(t)) && !place.tags.some((t) => NOT_FOR_TEACHING.has(t))

/** The first rule whose tag the place has decides its kind. */
const KIND_RULES: [EnvironmentKind, string[]][] = [
  ['library', ['Library']],
  ['museum', ['Museum']],
  ['gallery', ['Gallery', 'ContemporaryArt', 'Art']],
  ['island', ['Island']],
  ['park', ['BotanicalGarden', 'Arboretum', 'Garden', 'Park', 'Playground']],
  ['nature-site', ['Nature', 'RecreationalArea', 'Beach', 'Sea', 'Viewpoint', 'Animals']],
  ['culture-centre', ['CultureCentre']],
  ['theatre', ['Theatre', 'Concert', 'Dance', 'Music']],
  ['sports', ['SportCenter', 'Swimming', 'SwimmingHall', 'IceSkating', 'Athletics', 'Sport']],
  ['university', ['Academy']],
  ['architecture', ['Architecture', 'Church', 'History', 'Mansion', 'AlvarAalto', 'Design']],
]

export const kindOf = (place: SourcePlace): EnvironmentKind =>
  KIND_RULES.find(([, tags]) => tags.some((t) => place.tags.includes(t)))?.[0] ?? 'other'

const SCHOOL_BANDS: GradeBand[] = ['pre', '1-2', '3-6', '7-9', 'upper-secondary', 'vocational']

export const gradeBandsOf = (kind: EnvironmentKind): GradeBand[] =>
  kind === 'park' || kind === 'nature-site' || kind === 'library' || kind === 'museum'
    ? ['early', ...SCHOOL_BANDS]
    : SCHOOL_BANDS

/**
 * A coarse district from the postal code: Helsinki's postal areas grouped by their first three
 * digits, and the town's name elsewhere. It is approximate, and said so in the README.
 */
const HELSINKI_AREAS: Record<string, string> = {
  '001': 'Keskusta',
  '002': 'Länsi-Helsinki',
  '003': 'Länsi-Helsinki',
  '004': 'Länsi-Helsinki',
  '005': 'Keski-Helsinki',
  '006': 'Pohjois-Helsinki',
  '007': 'Koillis-Helsinki',
  '008': 'Kaakkois-Helsinki',
  '009': 'Itä-Helsinki',
}

export const districtOf = (place: SourcePlace): string | undefined => {
  const { postalCode, locality } = place.address as { postalCode?: string; locality?: string }
  const helsinki = !locality || /^(Helsinki|Helsingfors)$/.test(locality)
  if (helsinki && postalCode) return HELSINKI_AREAS[postalCode.slice(0, 3)] ?? 'Helsinki'
  return locality?.replace(/,$/, '')
}

/** The source places that become learning environments. */
export const teachingPlaces = (): SourcePlace[] => places.places.filter(suitsTeaching)

import type { Metadata } from 'next'

import { PlacesMap } from '../../../../components/portal/PlacesMap.js'
import { first, resolveLocale } from '../../../../components/portal/route.js'
import { env } from '../../../../env.js'
import { listSchools, mapPlaces } from '../../../../portal/data.js'
import { messages } from '../../../../portal/i18n.js'
import { portalPayload } from '../../../../portal/payload.js'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({
  title: messages(await resolveLocale(params)).map.title,
})

const MapPage = async ({ params, searchParams }: Props) => {
  const locale = await resolveLocale(params)
  const t = messages(locale).map
  const query = await searchParams
  const payload = await portalPayload()
  const [places, schools] = await Promise.all([
    mapPlaces(payload, locale),
    listSchools(payload, locale),
  ])
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <PlacesMap
        locale={locale}
        places={places}
        schools={schools.map(({ id, name, kind, district, location }) => ({
          id,
          name,
          kind,
          district,
          location,
        }))}
        tileUrl={env().MAP_TILE_URL}
        initial={{
          kind: first(query.kind),
          district: first(query.district),
          grade: first(query.grade),
          school: first(query.school),
        }}
      />
    </>
  )
}

export default MapPage

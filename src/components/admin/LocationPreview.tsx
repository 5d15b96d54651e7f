'use client'
import 'leaflet/dist/leaflet.css'

import { FieldLabel, useFormFields, useTranslation } from '@payloadcms/ui'
import type { CircleMarker, Map as LeafletMap } from 'leaflet'
import { useEffect, useRef } from 'react'

import { label } from '../../fields/labels.js'
import { pick } from './text.js'

const TEXT = {
  title: label('Map preview', 'Karttaesikatselu', 'Förhandsvisning på kartan'),
  missing: label(
    'Enter the latitude and longitude to see the place on the map.',
    'Anna leveys- ja pituusaste, niin paikka näkyy kartalla.',
    'Ange latitud och longitud för att se platsen på kartan.',
  ),
  map: label('Map of the location', 'Sijainti kartalla', 'Platsen på kartan'),
}

const isCoordinate = (value: unknown, limit: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit

const attributionFor = (tileUrl: string) =>
  tileUrl.includes('openstreetmap')
    ? '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    : ''

/**
 * The learning environment's point on a map, following the coordinates as they are typed. Leaflet
 * is loaded in the browser only (it needs `window`); its CSS is bundled, tiles come from
 * MAP_TILE_URL.
 */
export const LocationPreview = ({ tileUrl }: { tileUrl: string }) => {
  const { i18n } = useTranslation()
  const lat = useFormFields(([fields]) => fields['location.lat']?.value)
  const lng = useFormFields(([fields]) => fields['location.lng']?.value)
  const container = useRef<HTMLDivElement>(null)
  const map = useRef<{ map: LeafletMap; marker: CircleMarker } | null>(null)
  const valid = isCoordinate(lat, 90) && isCoordinate(lng, 180)

  useEffect(() => {
    if (!valid || !container.current) return
    const point: [number, number] = [lat, lng]
    if (map.current) {
      map.current.marker.setLatLng(point)
      // It may have been hidden while the coordinates were incomplete.
      map.current.map.invalidateSize().setView(point)
      return
    }
    let cancelled = false
    void import('leaflet').then(({ default: L }) => {
      if (cancelled || !container.current) return
      const created = L.map(container.current, { scrollWheelZoom: false }).setView(point, 15)
      L.tileLayer(tileUrl, { attribution: attributionFor(tileUrl), maxZoom: 19 }).addTo(created)
      // A circle marker needs no marker images, which bundlers tend to lose.
      const marker = L.circleMarker(point, { radius: 9, weight: 3, color: '#0050a0' }).addTo(
        created,
      )
      map.current = { map: created, marker }
    })
    return () => {
      cancelled = true
    }
  }, [valid, lat, lng, tileUrl])

  useEffect(
    () => () => {
      map.current?.map.remove()
      map.current = null
    },
    [],
  )

  return (
    <div className="field-type location-preview">
      <FieldLabel label={pick(TEXT.title, i18n.language)} />
      {!valid && <p className="location-preview__missing">{pick(TEXT.missing, i18n.language)}</p>}
      <div
        ref={container}
        className="location-preview__map"
        role="img"
        aria-label={pick(TEXT.map, i18n.language)}
        hidden={!valid}
      />
    </div>
  )
}

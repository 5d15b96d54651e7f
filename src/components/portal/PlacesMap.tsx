'use client'

import 'leaflet/dist/leaflet.css'
import 'leaflet.markercluster/dist/MarkerCluster.css'
import 'leaflet.markercluster/dist/MarkerCluster.Default.css'

import type * as Leaflet from 'leaflet'
import { useEffect, useMemo, useRef, useState } from 'react'

import { environmentKindOptions, gradeBandOptions } from '../../fields/vocabularies.js'
import type { Locale } from '../../localization.js'
import type { MapPlace, SchoolSummary } from '../../portal/data.js'
import { format, formatNumber, messages, optionLabel } from '../../portal/i18n.js'
import { haversineMetres } from '../../search/geo.js'

export type MapFilters = { kind: string; district: string; grade: string; school: string }

type Props = {
  locale: Locale
  places: MapPlace[]
  schools: SchoolSummary[]
  tileUrl: string
  initial?: Partial<MapFilters>
  /** The home page's teaser: the map only, no filters or list. */
  compact?: boolean
}

const HELSINKI: [number, number] = [60.1699, 24.9384]
const LIST_LIMIT = 100

/** Places that pass the filters, nearest first when a school is chosen (else by name). */
export const filterPlaces = (
  places: readonly MapPlace[],
  filters: MapFilters,
  school: SchoolSummary | undefined,
): (MapPlace & { distance?: number })[] => {
  const kept = places.filter(
    (p) =>
      (!filters.kind || p.kind === filters.kind) &&
      (!filters.district || p.district === filters.district) &&
      (!filters.grade || p.gradeBands.includes(filters.grade)),
  )
  const from = school?.location
  if (!from) return kept
  return kept
    .map((p) => ({ ...p, distance: haversineMetres(from, p) }))
    .sort((a, b) => a.distance - b.distance)
}

/** Leaflet with clustered markers, filters and a list; everything from node_modules, tiles aside. */
export const PlacesMap = ({
  locale,
  places,
  schools,
  tileUrl,
  initial = {},
  compact = false,
}: Props) => {
  const t = messages(locale).map
  const [filters, setFilters] = useState<MapFilters>({
    kind: initial.kind ?? '',
    district: initial.district ?? '',
    grade: initial.grade ?? '',
    school: initial.school ?? '',
  })
  const element = useRef<HTMLDivElement>(null)
  const map = useRef<{
    L: typeof Leaflet
    map: Leaflet.Map
    cluster: Leaflet.MarkerClusterGroup
    school: Leaflet.LayerGroup
  } | null>(null)
  const [ready, setReady] = useState(false)

  const schoolsWithPlace = schools.filter((s) => s.location)
  const school = schoolsWithPlace.find((s) => String(s.id) === filters.school)
  const shown = useMemo(() => filterPlaces(places, filters, school), [places, filters, school])
  const districts = useMemo(
    () =>
      [...new Set(places.map((p) => p.district).filter((d): d is string => Boolean(d)))].sort(
        (a, b) => a.localeCompare(b, locale),
      ),
    [places, locale],
  )
  const kinds = environmentKindOptions.filter((o) => places.some((p) => p.kind === o.value))

  useEffect(() => {
    let cancelled = false
    void (async () => {
      const mod = (await import('leaflet')) as unknown as { default?: typeof Leaflet }
      const L = mod.default ?? (mod as unknown as typeof Leaflet)
      // The clustering plugin extends the global `L`.
      ;(window as unknown as { L: typeof Leaflet }).L = L
      await import('leaflet.markercluster')
      if (cancelled || !element.current || map.current) return
      // Leaflet's own zoom buttons are titled in English; these speak the page's language.
      const instance = L.map(element.current, {
        scrollWheelZoom: !compact,
        zoomControl: false,
      }).setView(HELSINKI, compact ? 10 : 11)
      L.control.zoom({ zoomInTitle: t.zoomIn, zoomOutTitle: t.zoomOut }).addTo(instance)
      L.tileLayer(tileUrl, { maxZoom: 18, attribution: t.tilesNote }).addTo(instance)
      const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 })
      instance.addLayer(cluster)
      map.current = { L, map: instance, cluster, school: L.layerGroup().addTo(instance) }
      setReady(true)
    })()
    return () => {
      cancelled = true
      map.current?.map.remove()
      map.current = null
    }
  }, [tileUrl, compact, t.tilesNote, t.zoomIn, t.zoomOut])

  useEffect(() => {
    const current = map.current
    if (!ready || !current) return
    const { L, cluster } = current
    cluster.clearLayers()
    const icon = L.divIcon({ className: 'place-marker', iconSize: [14, 14] })
    cluster.addLayers(
      shown.map((place) => {
        const link = document.createElement('a')
        link.href = place.href
        link.textContent = place.title
        return L.marker([place.lat, place.lng], {
          icon,
          title: place.title,
          alt: place.title,
        }).bindPopup(link)
      }),
    )
    current.school.clearLayers()
    if (school?.location) {
      const at: [number, number] = [school.location.lat, school.location.lng]
      L.marker(at, {
        icon: L.divIcon({ className: 'school-marker', iconSize: [18, 18] }),
        title: school.name,
        zIndexOffset: 1000,
      })
        .bindPopup(school.name)
        .addTo(current.school)
      current.map.setView(at, 13)
    }
  }, [ready, shown, school, locale])

  useEffect(() => {
    if (compact) return
    // Keep the filters in the address, so a view can be shared.
    const query = new URLSearchParams()
    for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value)
    const text = query.toString()
    window.history.replaceState(null, '', `${window.location.pathname}${text ? `?${text}` : ''}`)
  }, [filters, compact])

  const canvas = (
    <div
      ref={element}
      className={compact ? 'teaser-map' : 'map-canvas'}
      role="region"
      aria-label={t.mapLabel}
      data-testid="places-map"
      data-markers={ready ? shown.length : undefined}
    />
  )
  if (compact) return canvas

  const select = (
    name: keyof MapFilters,
    label: string,
    options: { value: string; label: string }[],
    empty = t.all,
  ) => (
    <div>
      <label htmlFor={`map-${name}`}>{label}</label>
      <select
        id={`map-${name}`}
        name={name}
        value={filters[name]}
        onChange={(event) => setFilters((f) => ({ ...f, [name]: event.target.value }))}
      >
        <option value="">{empty}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )

  return (
    <>
      <form
        className="map-filters"
        onSubmit={(e) => e.preventDefault()}
        aria-label={messages(locale).search.filters}
      >
        {select(
          'kind',
          t.kind,
          kinds.map((o) => ({ value: o.value, label: o.label[locale] })),
        )}
        {select(
          'district',
          t.district,
          districts.map((d) => ({ value: d, label: d })),
        )}
        {select(
          'grade',
          t.grade,
          gradeBandOptions.map((o) => ({ value: o.value, label: o.label[locale] })),
        )}
        {select(
          'school',
          t.nearSchool,
          schoolsWithPlace.map((s) => ({ value: String(s.id), label: s.name })),
          t.noSchool,
        )}
      </form>
      <div className="map-layout">
        {canvas}
        <section aria-labelledby="place-list-title">
          <h2 id="place-list-title" style={{ marginTop: 0 }}>
            {t.list}{' '}
            <span className="count" role="status">
              ({format(t.shown, { count: shown.length })})
            </span>
          </h2>
          {shown.length === 0 ? (
            <p className="empty">{t.noPlaces}</p>
          ) : (
            <ol className="place-list" data-testid="place-list">
              {shown.slice(0, LIST_LIMIT).map((place) => (
                <li key={String(place.id)}>
                  <span>
                    <a href={place.href}>{place.title}</a>
                    <br />
                    <small>
                      {optionLabel(environmentKindOptions, place.kind, locale)}
                      {place.district ? ` · ${place.district}` : ''}
                    </small>
                  </span>
                  {place.distance !== undefined ? (
                    <span className="distance" data-metres={Math.round(place.distance)}>
                      {format(t.distance, { km: formatNumber(place.distance / 1000, locale) })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </>
  )
}

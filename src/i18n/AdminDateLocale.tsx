'use client'

import { fi } from 'date-fns/locale/fi'
import type { ReactNode } from 'react'

type Scope = { __localeData__?: Record<string, unknown> }

/*
 * Payload loads date-fns locales through a fixed list of keys that lacks 'fi', so the Finnish
 * admin runs on en-US (see fi.ts) and every DatePicker re-registers that under the name 'fi'.
 * react-datepicker keeps its registry on `window`; pinning the 'fi' entry to date-fns' Finnish
 * gives the pickers Finnish month and weekday names, Monday first. Swedish needs nothing: Payload's
 * list has 'sv'.
 */
if (typeof window !== 'undefined') {
  const scope = window as unknown as Scope
  scope.__localeData__ ??= {}
  Object.defineProperty(scope.__localeData__, 'fi', {
    configurable: true,
    enumerable: true,
    get: () => fi,
    set: () => undefined,
  })
}

/** An admin provider whose only work is the module's side effect above, run once in the browser. */
export const AdminDateLocale = ({ children }: { children?: ReactNode }) => children

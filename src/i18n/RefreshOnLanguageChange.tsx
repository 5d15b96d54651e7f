'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname, useRouter } from 'next/navigation.js'
import { type ReactNode, useEffect, useRef } from 'react'

const readCookie = (name: string): string | undefined =>
  document.cookie
    .split('; ')
    .find((cookie) => cookie.startsWith(`${name}=`))
    ?.slice(name.length + 1)

/**
 * An admin provider that re-renders the admin once when the language cookie names another language
 * than the one on screen. Next keeps the root layout, translations and all, across client-side
 * navigation: after a login that set the user's own language (an English browser, a Finnish user),
 * the header and menus stayed in the login page's language until a reload.
 */
export const RefreshOnLanguageChange = ({ children }: { children?: ReactNode }) => {
  const { config } = useConfig()
  const { i18n, languageOptions } = useTranslation()
  const router = useRouter()
  const pathname = usePathname()
  // One refresh per wanted language, so an unsupported or refused value can never loop.
  const refreshedFor = useRef<string | undefined>(undefined)

  useEffect(() => {
    const wanted = readCookie(`${config.cookiePrefix || 'payload'}-lng`)
    if (!wanted || wanted === i18n.language || refreshedFor.current === wanted) return
    if (!languageOptions.some((option) => option.value === wanted)) return
    refreshedFor.current = wanted
    router.refresh()
  }, [config.cookiePrefix, i18n.language, languageOptions, pathname, router])

  return children
}

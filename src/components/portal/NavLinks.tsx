'use client'

import { usePathname } from 'next/navigation.js'

import type { Locale } from '../../localization.js'
import { LANGUAGE_NAMES, switchLocale } from '../../portal/i18n.js'

type Item = { href: string; label: string }

/** The main menu; the current section is marked for screen readers as well as by sight. */
export const NavLinks = ({ items, label }: { items: Item[]; label: string }) => {
  const pathname = usePathname() ?? ''
  return (
    <nav className="main-nav" aria-label={label}>
      <ul>
        {items.map((item) => {
          const current =
            pathname === item.href ||
            (item.href.split('/').length > 2 && pathname.startsWith(`${item.href}/`))
          return (
            <li key={item.href}>
              <a href={item.href} aria-current={current ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

/** Links to the same page in the other languages, each named in its own language. */
export const LanguageSwitch = ({ current, label }: { current: Locale; label: string }) => {
  const pathname = usePathname() ?? `/${current}`
  return (
    <nav className="lang-switch" aria-label={label}>
      <ul>
        {(Object.keys(LANGUAGE_NAMES) as Locale[]).map((locale) => (
          <li key={locale}>
            <a
              href={switchLocale(pathname, locale)}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
            >
              {LANGUAGE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

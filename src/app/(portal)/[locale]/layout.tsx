/* The portal's root layout: each route group has its own, and the locale is the first segment. */
import type { Metadata } from 'next'
import { headers } from 'next/headers.js'
import type { ReactNode } from 'react'

import { LanguageSwitch, NavLinks } from '../../../components/portal/NavLinks.js'
import { resolveLocale } from '../../../components/portal/route.js'
import { SignOutButton } from '../../../components/portal/SignOutButton.js'
import { LOCALES } from '../../../localization.js'
import { currentUser } from '../../../portal/data.js'
import { format, messages } from '../../../portal/i18n.js'
import { portalPayload } from '../../../portal/payload.js'
import './portal.css'

const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%230f2a5f'/%3E%3Cpath d='M8 22h16v3H8zM10 12h3v9h-3zM15 9h3v12h-3zM20 14h3v7h-3z' fill='%23ffd23f'/%3E%3C/svg%3E"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }))

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const t = messages(await resolveLocale(params))
  return {
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.tagline,
    // An inline icon: no request for /favicon.ico, which no route serves.
    icons: { icon: FAVICON },
  }
}

const Layout = async ({ children, params }: Props) => {
  const locale = await resolveLocale(params)
  const t = messages(locale)
  const user = await currentUser(await portalPayload(), await headers())
  const nav = [
    { href: `/${locale}`, label: t.nav.home },
    { href: `/${locale}/search`, label: t.nav.search },
    { href: `/${locale}/map`, label: t.nav.map },
    { href: `/${locale}/competences`, label: t.nav.competences },
    { href: `/${locale}/schools`, label: t.nav.schools },
  ]
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#content">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <div className="wrap">
            <a className="brand" href={`/${locale}`}>
              {t.siteName}
            </a>
            <NavLinks items={nav} label={t.nav.main} />
            <LanguageSwitch current={locale} label={t.languageMenu} />
            <div className="user-box">
              {user ? (
                <>
                  <span>
                    {format(t.login.signedInAs, {
                      name: String((user as { name?: string }).name ?? ''),
                    })}
                  </span>
                  <SignOutButton label={t.nav.signOut} />
                </>
              ) : (
                <a href={`/${locale}/login`}>{t.nav.signIn}</a>
              )}
            </div>
          </div>
        </header>
        <main id="content" tabIndex={-1}>
          <div className="wrap">{children}</div>
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <ul>
              <li>{t.footer.programme}</li>
              <li>
                {/* Served by Express, not a Next page: a full page load is right. */}
                {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
                <a href="/api/docs">{t.footer.api}</a>
              </li>
              <li>{t.footer.places}</li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  )
}

export default Layout

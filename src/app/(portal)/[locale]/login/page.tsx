import type { Metadata } from 'next'

import { LoginForm } from '../../../../components/portal/LoginForm.js'
import { first, resolveLocale } from '../../../../components/portal/route.js'
import { messages } from '../../../../portal/i18n.js'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({
  title: messages(await resolveLocale(params)).login.title,
})

/** Only a path on this site is a place to return to, never another host. */
const safeNext = (value: string | undefined, locale: string): string =>
  value && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : `/${locale}`

const LoginPage = async ({ params, searchParams }: Props) => {
  const locale = await resolveLocale(params)
  const t = messages(locale).login
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <LoginForm t={t} next={safeNext(first((await searchParams).next), locale)} />
    </>
  )
}

export default LoginPage

import type { Metadata } from 'next'

import { VerifyForm } from '../../../../../components/credentials/VerifyForm.js'
import { resolveLocale } from '../../../../../components/portal/route.js'
import { credentialText } from '../../../../../credentials/text.js'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({
  title: credentialText(await resolveLocale(params)).verify.title,
})

/** Public: anyone can check an Open Badges credential here, signed in or not. */
const VerifyPage = async ({ params }: Props) => {
  const t = credentialText(await resolveLocale(params)).verify
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <VerifyForm t={t} />
    </>
  )
}

export default VerifyPage

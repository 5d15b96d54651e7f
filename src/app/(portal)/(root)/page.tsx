import { redirect } from 'next/navigation.js'

import { DEFAULT_LOCALE } from '../../../localization.js'

/** The portal opens in Finnish; the other languages are one click away. */
const Page = () => redirect(`/${DEFAULT_LOCALE}`)

export default Page

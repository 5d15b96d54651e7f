import type { Metadata } from 'next'

import { resolveLocale } from '../../../../components/portal/route.js'
import { listSchools } from '../../../../portal/data.js'
import { messages } from '../../../../portal/i18n.js'
import { portalPayload } from '../../../../portal/payload.js'
import { schoolPath } from '../../../../portal/urls.js'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({
  title: messages(await resolveLocale(params)).schools.title,
})

const SchoolsPage = async ({ params }: Props) => {
  const locale = await resolveLocale(params)
  const t = messages(locale).schools
  const schools = await listSchools(await portalPayload(), locale)
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <h2>{t.pick}</h2>
      <ul className="cards">
        {schools.map((school) => (
          <li className="card" key={String(school.id)}>
            <h3>
              <a href={schoolPath(locale, school.id)}>{school.name}</a>
            </h3>
            {school.district ? <p>{school.district}</p> : null}
          </li>
        ))}
      </ul>
    </>
  )
}

export default SchoolsPage

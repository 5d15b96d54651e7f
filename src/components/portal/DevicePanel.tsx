import { gradeBandsThatFit } from '../../devices/ratios.js'
import { deviceKindOptions, gradeBandOptions } from '../../fields/vocabularies.js'
import type { Locale } from '../../localization.js'
import type { Doc } from '../../portal/data.js'
import { format, formatNumber, messages, optionLabel } from '../../portal/i18n.js'

const GROUPINGS: Record<string, Record<Locale, string>> = {
  individual: { en: 'Individual', fi: 'Yksin', sv: 'Individuellt' },
  pairs: { en: 'Pairs', fi: 'Pareittain', sv: 'I par' },
  'small-groups': { en: 'Small groups', fi: 'Pienryhmissä', sv: 'I smågrupper' },
  'whole-class': { en: 'Whole class', fi: 'Koko luokka', sv: 'Hela klassen' },
}

/** What a lesson needs, and the grade bands whose programme ratio covers it. */
export const DevicePanel = ({ profile, locale }: { profile: Doc | undefined; locale: Locale }) => {
  const t = messages(locale).devices
  const perPupil = typeof profile?.devicesPerPupil === 'number' ? profile.devicesPerPupil : null
  const fits = perPupil === null ? [] : gradeBandsThatFit(perPupil)
  return (
    <section className="panel" aria-labelledby="device-needs" data-testid="device-needs">
      <h2 id="device-needs">{t.title}</h2>
      {!profile || perPupil === null ? (
        <p className="empty">{t.none}</p>
      ) : (
        <>
          <p>
            <strong>{String(profile.name ?? '')}</strong>
          </p>
          <dl className="facts">
            <dt>{t.kinds}</dt>
            <dd>
              {((profile.deviceKinds as string[] | undefined) ?? [])
                .map((k) => optionLabel(deviceKindOptions, k, locale))
                .join(', ')}
            </dd>
            <dt>{t.grouping}</dt>
            <dd>
              {GROUPINGS[String(profile.grouping)]?.[locale] ?? String(profile.grouping ?? '')}
            </dd>
          </dl>
          <p>
            {perPupil === 0
              ? t.noPupilDevices
              : format(t.perPupil, { ratio: formatNumber(perPupil, locale, 2) })}
          </p>
          <p>
            {fits.length
              ? format(t.fitsGrades, {
                  grades: fits
                    .map((band) => optionLabel(gradeBandOptions, band, locale))
                    .join(', '),
                })
              : t.fitsNone}
          </p>
        </>
      )}
    </section>
  )
}

import type { Locale } from '../localization.js'

/** The words of the credentials list on the teacher's page and of the verification page. */
const en = {
  list: {
    title: 'My credentials (Open Badges)',
    none: 'No credentials yet. Completing a training earns one.',
    issued: 'Issued',
    revoked: 'Revoked',
    json: 'Download (JSON)',
    svg: 'Badge image (SVG)',
    png: 'Badge image (PNG)',
    verify: 'Verify a credential',
  },
  verify: {
    title: 'Verify an Open Badges credential',
    intro:
      'Choose a credential file (JSON) or paste it below. The check covers the signature, the revocation list, the validity dates and the issuer key.',
    file: 'Credential file',
    paste: 'Or paste the credential',
    submit: 'Verify',
    verified: 'The credential is valid.',
    notVerified: 'The credential did not pass every check.',
    valid: 'passed',
    invalid: 'failed',
    checks: {
      proof: 'Signature',
      status: 'Not revoked',
      expiry: 'Validity dates',
      issuerKey: 'Issuer key',
    },
  },
}

type Text = typeof en

const fi: Text = {
  list: {
    title: 'Osaamismerkkini (Open Badges)',
    none: 'Ei vielä merkkejä. Suoritettu koulutus tuo merkin.',
    issued: 'Myönnetty',
    revoked: 'Peruttu',
    json: 'Lataa (JSON)',
    svg: 'Merkkikuva (SVG)',
    png: 'Merkkikuva (PNG)',
    verify: 'Tarkista merkki',
  },
  verify: {
    title: 'Tarkista Open Badges -osaamismerkki',
    intro:
      'Valitse merkkitiedosto (JSON) tai liitä se alle. Tarkistus kattaa allekirjoituksen, perumislistan, voimassaolon ja myöntäjän avaimen.',
    file: 'Merkkitiedosto',
    paste: 'Tai liitä merkki',
    submit: 'Tarkista',
    verified: 'Merkki on kunnossa.',
    notVerified: 'Merkki ei läpäissyt kaikkia tarkistuksia.',
    valid: 'kunnossa',
    invalid: 'ei läpäissyt',
    checks: {
      proof: 'Allekirjoitus',
      status: 'Ei peruttu',
      expiry: 'Voimassaolo',
      issuerKey: 'Myöntäjän avain',
    },
  },
}

const sv: Text = {
  list: {
    title: 'Mina kompetensmärken (Open Badges)',
    none: 'Inga märken ännu. En genomförd utbildning ger ett.',
    issued: 'Utfärdat',
    revoked: 'Återkallat',
    json: 'Ladda ner (JSON)',
    svg: 'Märkesbild (SVG)',
    png: 'Märkesbild (PNG)',
    verify: 'Kontrollera ett märke',
  },
  verify: {
    title: 'Kontrollera ett Open Badges-märke',
    intro:
      'Välj en märkesfil (JSON) eller klistra in den nedan. Kontrollen omfattar signaturen, återkallelselistan, giltighetstiden och utfärdarens nyckel.',
    file: 'Märkesfil',
    paste: 'Eller klistra in märket',
    submit: 'Kontrollera',
    verified: 'Märket är giltigt.',
    notVerified: 'Märket klarade inte alla kontroller.',
    valid: 'godkänd',
    invalid: 'underkänd',
    checks: {
      proof: 'Signatur',
      status: 'Inte återkallat',
      expiry: 'Giltighetstid',
      issuerKey: 'Utfärdarens nyckel',
    },
  },
}

export type CredentialText = Text

export const credentialText = (locale: Locale): Text => ({ fi, sv, en })[locale]

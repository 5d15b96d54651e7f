import { LEVEL_NAMES, type Level } from '../competence/levels.js'
import { LOCALES, type Locale } from '../localization.js'
import { OB_V3_CONTEXT, VC_V2_CONTEXT } from './contexts.js'
import type { IdentityObject } from './identity.js'

export type Tri = Record<Locale, string>

export type AlignmentInput = {
  code: string
  name: Tri
  /** The competence area's own address on this server. */
  url: string
  level?: Level | null
}

export type CredentialInput = {
  /** `urn:uuid:…`: credential ids must be URLs, and this one names no server path. */
  id: string
  issuer: { id: string; name: string; url: string; email?: string }
  validFrom: string
  recipient: IdentityObject
  achievement: {
    /** The training's address on this server. */
    id: string
    name: Tri
    description: Tri
    alignments: AlignmentInput[]
  }
  evidence: { name: string; description: string }[]
  status: { listUrl: string; index: number }
}

const LANGUAGE_HEADINGS: Tri = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' }

/**
 * OB 3.0 names and descriptions are single strings; the Finnish text leads (the credential's
 * `inLanguage`) and the narrative fields carry all three languages under headings.
 */
const trilingual = (text: Tri): string =>
  LOCALES.filter((l) => text[l].trim())
    .map((l) => `**${LANGUAGE_HEADINGS[l]}**\n\n${text[l].trim()}`)
    .join('\n\n')

const criteriaText = (levels: Level[]): Tri => {
  const level = (l: Locale) =>
    levels.length ? ` (${levels.map((v) => `${v} ${LEVEL_NAMES[v][l]}`).join(', ')})` : ''
  return {
    fi: `Osallistui koulutukseen, ja sen kouluttaja merkitsi koulutuksen suoritetuksi. Koulutus kehittää alla lueteltuja DigCompEdu-osaamisalueita${level('fi')}.`,
    sv: `Deltog i utbildningen, och utbildaren markerade den som genomförd. Utbildningen utvecklar de DigCompEdu-kompetenser som räknas upp nedan${level('sv')}.`,
    en: `Attended the training, and its trainer marked it as completed. The training develops the DigCompEdu competences listed below${level('en')}.`,
  }
}

/** The unsigned OpenBadgeCredential: a pure function of what the training and registration say. */
export const buildCredential = (input: CredentialInput): Record<string, unknown> => {
  const levels = [
    ...new Set(input.achievement.alignments.flatMap((a) => (a.level ? [a.level] : []))),
  ]
  const { name, description } = input.achievement
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: name.fi,
    issuer: {
      id: input.issuer.id,
      type: ['Profile'],
      name: input.issuer.name,
      url: input.issuer.url,
      ...(input.issuer.email ? { email: input.issuer.email } : {}),
    },
    validFrom: input.validFrom,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [input.recipient],
      achievement: {
        id: input.achievement.id,
        type: ['Achievement'],
        achievementType: 'Course',
        name: name.fi,
        description: trilingual(description.fi.trim() ? description : name),
        criteria: { narrative: trilingual(criteriaText(levels)) },
        inLanguage: 'fi',
        alignment: input.achievement.alignments.map((a) => ({
          type: ['Alignment'],
          targetName: a.level ? `${a.code} ${a.name.fi} (${a.level})` : `${a.code} ${a.name.fi}`,
          targetUrl: a.url,
          targetCode: a.code,
          targetFramework: 'DigCompEdu',
          targetType: 'ceasn:Competency',
          targetDescription: trilingual({
            fi: a.level ? `${a.name.fi}, taso ${a.level} ${LEVEL_NAMES[a.level].fi}` : a.name.fi,
            sv: a.level ? `${a.name.sv}, nivå ${a.level} ${LEVEL_NAMES[a.level].sv}` : a.name.sv,
            en: a.level ? `${a.name.en}, level ${a.level} ${LEVEL_NAMES[a.level].en}` : a.name.en,
          }),
        })),
      },
    },
    evidence: input.evidence.map((e) => ({
      type: ['Evidence'],
      name: e.name,
      description: e.description,
    })),
    credentialStatus: {
      id: `${input.status.listUrl}#${input.status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(input.status.index),
      statusListCredential: input.status.listUrl,
    },
  }
}

import { messagesFor } from '../i18n/messages/index.js'
import type { CompetenceMessages } from '../i18n/messages/competence.js'
import type { Locale } from '../localization.js'

/** The words of the teacher's page and the training calendar (in the one catalogue). */
export const competenceText = (locale: Locale): CompetenceMessages => messagesFor(locale).competence

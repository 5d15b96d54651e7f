/** The names of the iCalendar feeds, as a calendar app shows them. */
const en = {
  mine: 'My trainings',
  all: 'Trainings',
  one: 'Training',
}

export type CalendarMessages = typeof en

const fi: CalendarMessages = {
  mine: 'Omat koulutukseni',
  all: 'Koulutukset',
  one: 'Koulutus',
}

const sv: CalendarMessages = {
  mine: 'Mina utbildningar',
  all: 'Utbildningar',
  one: 'Utbildning',
}

export const calendar = { en, fi, sv }

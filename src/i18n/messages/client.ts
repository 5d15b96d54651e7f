/** What the portal's forms say in the browser when the server cannot answer them. */
const en = {
  networkError: 'No connection to the server. Check your network and try again.',
  unexpected: 'The server answered with an error ({status}). Please try again.',
}

export type ClientMessages = typeof en

const fi: ClientMessages = {
  networkError: 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
  unexpected: 'Palvelin vastasi virheellä ({status}). Yritä uudelleen.',
}

const sv: ClientMessages = {
  networkError: 'Ingen kontakt med servern. Kontrollera nätverket och försök igen.',
  unexpected: 'Servern svarade med ett fel ({status}). Försök igen.',
}

export const client = { en, fi, sv }

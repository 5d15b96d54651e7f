import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { CredentialList } from '../../src/components/credentials/CredentialList.js'
import { VerifyForm } from '../../src/components/credentials/VerifyForm.js'
import { toListItem } from '../../src/credentials/list.js'
import { credentialText } from '../../src/credentials/text.js'

const row = {
  id: 7,
  credentialId: 'urn:uuid:00000000-0000-4000-8000-000000000000',
  name: 'Digitaalinen arviointi käytännössä',
  teacher: 3,
  training: 2,
  registration: 5,
  statusIndex: 42,
  issuedAt: '2026-10-13T15:00:00.000Z',
  document: {},
  revoked: true,
  revokedAt: '2026-11-01T10:00:00.000Z',
}

// Rendered as Next renders them on the server; the browser suite (portal helper) runs the pages.
describe('the credentials list on /me', () => {
  it('links the JSON, the baked SVG and the verification page in the page language', () => {
    const html = renderToStaticMarkup(
      createElement(CredentialList, {
        items: [toListItem(row, 'sv')],
        locale: 'sv',
        t: credentialText('sv').list,
      }),
    )
    expect(html).toContain('<h2 id="my-credentials">Mina kompetensmärken (Open Badges)</h2>')
    expect(html).toContain('<a href="/api/me/credentials/7/credential.json" download="">')
    expect(html).toContain('<a href="/api/me/credentials/7/badge.svg" download="">')
    expect(html).toContain('<a href="/api/me/credentials/7/badge.png" download="">')
    expect(html).toContain('<a href="/sv/credentials/verify">Kontrollera ett märke</a>')
    expect(html).toContain('Återkallat')
  })

  it('says so when there are none', () => {
    const html = renderToStaticMarkup(
      createElement(CredentialList, { items: [], locale: 'fi', t: credentialText('fi').list }),
    )
    expect(html).toContain('<p>Ei vielä merkkejä. Suoritettu koulutus tuo merkin.</p>')
  })
})

describe('the verification page', () => {
  it('offers a file and a paste field, and waits for input before verifying', () => {
    const html = renderToStaticMarkup(createElement(VerifyForm, { t: credentialText('en').verify }))
    expect(html).toContain('accept="application/json,.json"')
    expect(html).toContain('Or paste the credential')
    expect(html).toContain('<button type="submit" disabled="">Verify</button>')
  })
})

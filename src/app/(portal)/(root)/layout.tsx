/* `/` only redirects; this minimal root layout exists because every route needs one. */
import type { ReactNode } from 'react'

const Layout = ({ children }: { children: ReactNode }) => (
  <html lang="fi">
    <body>{children}</body>
  </html>
)

export default Layout

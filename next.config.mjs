import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Next serves the admin (`src/app/(payload)`) and the portal inside the Express process
 * (src/server/next.ts); Express answers /api itself, so there are no Next API routes.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  // Share Payload's modules with the Express side, so one Payload instance (one database pool,
  // one set of error classes) serves both. withPayload does this only in development.
  serverExternalPackages: [
    'koffi',
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/db-postgres',
    '@payloadcms/db-mongodb',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
  ],
  // `npm run typecheck` checks the whole project; the build need not check it again.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

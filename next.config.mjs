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
    // The credential signers (src/credentials/, reached from the registration hooks): plain Node
    // ESM with JSON-LD and crypto, loaded as they are rather than bundled.
    '@digitalbazaar/vc',
    '@digitalbazaar/data-integrity',
    '@digitalbazaar/eddsa-rdfc-2022-cryptosuite',
    '@digitalbazaar/ed25519-multikey',
    '@digitalbazaar/vc-bitstring-status-list',
  ],
  // `npm run typecheck` checks the whole project; the build need not check it again.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

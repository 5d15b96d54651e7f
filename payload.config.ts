import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './collections/index.js'
import { MAX_UPLOAD_BYTES } from './collections/Media.js'
import { reviewQueueComponent } from './src/components/admin/config.js'
import { databaseAdapter } from './src/db.js'
import { env } from './src/env.js'
import { ADMIN_DATE_FORMAT, i18n } from './src/i18n/index.js'
import { localization } from './src/localization.js'
import { finnishDates } from './src/plugins/finnishDates.js'
import { mediaStorage } from './src/plugins/mediaStorage.js'
import { strictInput } from './src/plugins/strictInput.js'
import { loggerOptions } from './src/server/logging.js'
import { responseCacheInvalidation } from './src/server/responseCache.js'
import { idsOfEveryDatabase } from './src/typescriptSchema.js'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const settings = env()

export default buildConfig({
  serverURL: settings.SERVER_URL ?? '',
  secret: settings.PAYLOAD_SECRET,
  db: await databaseAdapter(settings),
  editor: lexicalEditor(),
  collections,
  localization,
  i18n,
  admin: {
    user: 'users',
    avatar: 'default',
    dateFormat: ADMIN_DATE_FORMAT,
    meta: { titleSuffix: ' · Learning City' },
    importMap: { baseDir: dirname },
    components: {
      beforeDashboard: [reviewQueueComponent],
      // After a login the admin's language may change under Next's cached layout (src/i18n).
      providers: [
        '/src/i18n/RefreshOnLanguageChange#RefreshOnLanguageChange',
        // Names and roles axe finds missing in Payload's own markup (src/components/admin).
        '/src/components/admin/AccessibleAdmin#AccessibleAdmin',
        // Finnish month and weekday names in the date pickers (src/i18n/AdminDateLocale.tsx).
        '/src/i18n/AdminDateLocale#AdminDateLocale',
      ],
    },
  },
  cors: settings.ALLOWED_ORIGINS,
  // The site's own origin must stay trusted for its cookies once a list exists (src/server/security.ts).
  csrf: [...settings.ALLOWED_ORIGINS, new URL(settings.serverUrl).origin],
  graphQL: { disablePlaygroundInProduction: true, maxComplexity: 1000 },
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  sharp,
  telemetry: false,
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    autoGenerate: false,
    schema: [idsOfEveryDatabase],
  },
  debug: false,
  logger: { options: loggerOptions(settings.LOG_LEVEL) },
  plugins: [strictInput, mediaStorage(settings), responseCacheInvalidation, finnishDates],
})

import path from 'node:path'
import { pathToFileURL } from 'node:url'

type SearchModule = typeof import('../search/index.js')

/**
 * The search module the Express side loaded, not a copy bundled into the Next server: the engine
 * and the outbox live in that module's state, and a bundled copy would hold a second, stale index.
 * The import is left to Node at run time (the server runs under tsx, so the .ts source loads), and
 * the same file URL gives the same module instance.
 */
export const processSearch = (): Promise<SearchModule> => {
  const url = pathToFileURL(path.join(process.cwd(), 'src/search/index.ts')).href
  return import(/* turbopackIgnore: true */ /* webpackIgnore: true */ url) as Promise<SearchModule>
}

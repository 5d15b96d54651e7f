/**
 * The one place for state that must exist once per process.
 *
 * The app runs two module graphs in one Node process: the one Express loads (under tsx) and the one
 * Next bundles for its pages. A module-level `const engines = new WeakMap()` therefore exists twice,
 * and a page reading the bundled copy would see an empty map (a second, stale search index). State
 * kept here lives on `globalThis` under one `Symbol.for` key, which both graphs share, so every copy
 * of a module gets the same value.
 *
 * The rule (README, "Architecture"): module-level state that a page could reach (anything imported by
 * the config, the hooks or src/portal) is created with `processState`, never as a bare module variable.
 * Caches that are only an optimisation may stay per copy.
 */
const KEY = Symbol.for('learning-city.process-state')

type Registry = Map<string, unknown>
type WithRegistry = typeof globalThis & { [KEY]?: Registry }

const registry = (): Registry => ((globalThis as WithRegistry)[KEY] ??= new Map())

/** This process's one value under `key` (a module path is a good key), made by `create` on first use. */
export const processState = <T>(key: string, create: () => T): T => {
  const values = registry()
  if (!values.has(key)) values.set(key, create())
  // The registry holds values of many types under string keys; each key has one creator, so this is T.
  return values.get(key) as T
}

import { describe, expect, it, vi } from 'vitest'

/**
 * Next bundles a second copy of the modules Express loaded; state made with processState must be
 * one value in both. A fresh module registry stands in for the second copy.
 */
describe('processState', () => {
  it('gives two copies of a module the same value, made once', async () => {
    const first = await import('../../src/processState.js')
    vi.resetModules()
    const second = await import('../../src/processState.js')
    expect(second).not.toBe(first)
    let made = 0
    const create = () => ({ made: ++made })
    const a = first.processState('test/shared', create)
    const b = second.processState('test/shared', create)
    expect(b).toBe(a)
    expect(made).toBe(1)
  })

  it('shares the search engine map between two copies of search/engine.ts', async () => {
    const first = await import('../../src/search/engine.js')
    const engine = { name: 'orama' } as Parameters<typeof first.setEngine>[1]
    const payload = {} as Parameters<typeof first.setEngine>[0]
    first.setEngine(payload, engine)
    vi.resetModules()
    const second = await import('../../src/search/engine.js')
    expect(second).not.toBe(first)
    expect(second.engineFor(payload)).toBe(engine)
  })
})

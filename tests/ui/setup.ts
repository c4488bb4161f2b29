import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import { WAIT_MS } from '../support/waits'

// One ceiling for every findBy / waitFor, instead of testing-library's one second: a wait ends as
// soon as its condition holds, so only a failing test waits this long (see tests/support/waits.ts).
configure({ asyncUtilTimeout: WAIT_MS })

// antd's responsive helpers need matchMedia, which jsdom lacks.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false
  })
})
if (!('ResizeObserver' in window)) {
  ;(window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
}

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

/*
 * jsdom 29 resolves each inherited and custom property of a computed style by walking every
 * ancestor, and memoises only the standard longhands: with antd's hundreds of `--ant-*` variables
 * on a deep tree, one getComputedStyle (testing-library calls it for every accessible name) took
 * a quarter of a second. Computed declarations are built once per DOM state (jsdom drops them on
 * any change), so their resolved values are memoised here for every property; a declaration that
 * is written to forgets them.
 */
const declarationImpl = (require('jsdom/lib/jsdom/living/css/CSSStyleDeclaration-impl.js') as { implementation: { prototype: Record<string, (...args: never[]) => unknown> } }).implementation.prototype
// Once per worker: the ui files share one (isolate: false in vitest.config.mts) and this file runs before each.
if (!(declarationImpl as { __memoised?: boolean }).__memoised) {
  ;(declarationImpl as { __memoised?: boolean }).__memoised = true
  const resolved = new WeakMap<object, Map<string, string>>()
  const read = declarationImpl.getPropertyValue as (this: { _computed?: boolean }, property: string) => string
  declarationImpl.getPropertyValue = function (this: { _computed?: boolean }, property: string) {
    if (!this._computed) return read.call(this, property)
    let values = resolved.get(this)
    if (!values) resolved.set(this, (values = new Map()))
    let value = values.get(property)
    if (value === undefined) values.set(property, (value = read.call(this, property)))
    return value
  } as never
  for (const write of ['setProperty', 'removeProperty'] as const) {
    const original = declarationImpl[write] as (this: object, ...args: unknown[]) => unknown
    declarationImpl[write] = function (this: object, ...args: unknown[]) {
      resolved.delete(this)
      return original.apply(this, args)
    } as never
  }
}

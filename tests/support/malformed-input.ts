import fc from 'fast-check'
import type { z } from 'zod'

/*
 * Inputs a compromised or buggy renderer could send: anything at all, huge strings, keys aimed at
 * prototype pollution, and — to get past the first check — objects shaped like the channel's
 * schema whose fields are wrong in all the ways a field can be wrong. Reads the zod schema, so a
 * new channel is covered without writing anything for it.
 */

const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf']

/** Built by JSON.parse so `__proto__` is an own key, as it is after structured cloning. */
const pollutingObjects = fc.constantFrom(
  JSON.parse('{"__proto__":{"polluted":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
  JSON.parse('{"__proto__":null,"id":"x"}')
)

const hugeString = fc.constantFrom('长'.repeat(1_000_000), 'x'.repeat(70_000), ' '.repeat(10_000), '\u0000'.repeat(1000))

const oddString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', ' ', '\u3000', '𠮷', '../../etc/passwd', 'C:\\Windows\\system.ini', '<script>', 'NaN', '-1', '1e309', '2026-13-45')
)

const anything = fc.anything({
  key: fc.oneof(fc.string(), fc.constantFrom(...POLLUTING_KEYS)),
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withNullPrototype: true,
  withSparseArray: true
})

/** Any single value, wrong for almost every field. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: anything },
  { weight: 2, arbitrary: oddString },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: pollutingObjects },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 53, -1, 1.5, 1e308) }
)

/** Adds `key` as an own property even when it is `__proto__`, which plain assignment would not. */
function withOwnKey(source: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = {}
  const define = (k: string, v: unknown) => Object.defineProperty(copy, k, { value: v, enumerable: true, configurable: true, writable: true })
  for (const k of Object.keys(source)) define(k, source[k])
  define(key, value)
  return copy
}

type Def = { type: string; [key: string]: unknown }
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def

/** Bounds zod exposes on string and number schemas (null when unbounded). */
const bound = (schema: z.ZodType, key: 'minLength' | 'maxLength' | 'minValue' | 'maxValue'): number | null => {
  const value = (schema as unknown as Record<string, unknown>)[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/** Strings around the schema's length limits: just inside and just outside both ends. */
function stringsNear(schema: z.ZodType): fc.Arbitrary<string> {
  const min = bound(schema, 'minLength') ?? 0
  const max = Math.min(bound(schema, 'maxLength') ?? 40, 5000)
  return fc.oneof(oddString, fc.string({ minLength: min, maxLength: max }), fc.constantFrom('字'.repeat(max + 1), '字'.repeat(Math.max(min - 1, 0))))
}

/** Numbers around the schema's range, and the usual suspects. */
function numbersNear(schema: z.ZodType): fc.Arbitrary<number> {
  const min = bound(schema, 'minValue') ?? -1000
  const max = bound(schema, 'maxValue') ?? 1000
  return fc.oneof(fc.integer({ min: Math.max(min - 2, -(2 ** 31)), max: Math.min(max + 2, 2 ** 31) }), fc.integer(), fc.double())
}

/** Ids from the database under test, by collection: a pick takes a collection first, so a small one is not drowned out. */
export type Known = readonly (readonly string[])[]

const knownId = (known: Known) => fc.constantFrom(...known.filter((ids) => ids.length > 0)).chain((ids) => fc.constantFrom(...ids))

const isIdKey = (key: string) => key === 'id' || key.endsWith('Id')

/** An id field: mostly one of the database's own ids (of any kind), when there are some. */
function idValue(schema: z.ZodType, depth: number, known: Known): fc.Arbitrary<unknown> {
  const shapedValue = shaped(schema, depth + 1, known)
  return known.some((ids) => ids.length > 0) ? fc.oneof({ weight: 3, arbitrary: knownId(known) }, { weight: 1, arbitrary: shapedValue }) : shapedValue
}

/** A value that follows the schema's shape where it can, and goes wrong at random places. */
function shaped(schema: z.ZodType, depth: number, known: Known): fc.Arbitrary<unknown> {
  const near = nearValid(schema, depth, known)
  return near ? fc.oneof({ weight: 3, arbitrary: near }, { weight: 1, arbitrary: wrongValue }) : wrongValue
}

function nearValid(schema: z.ZodType, depth: number, known: Known): fc.Arbitrary<unknown> | null {
  const def = defOf(schema)
  if (depth > 4) return null
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>
      const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, isIdKey(k) ? idValue(v, depth, known) : shaped(v, depth + 1, known)]))
      const record = fc.record(fields, { requiredKeys: [] })
      // Sometimes with an extra key, often one aimed at the prototype.
      return fc.oneof(
        record,
        fc
          .tuple(record, fc.oneof(fc.constantFrom(...POLLUTING_KEYS), fc.string()), wrongValue)
          .map(([r, k, v]) => withOwnKey(r as Record<string, unknown>, k, v))
      )
    }
    case 'array':
      return fc.array(shaped(def.element as z.ZodType, depth + 1, known), { maxLength: 5 })
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return shaped(def.innerType as z.ZodType, depth, known)
    case 'pipe':
      return shaped(def.in as z.ZodType, depth, known)
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => shaped(o, depth + 1, known)))
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string | number>))
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]))
    case 'string':
      // Real ids from the database now and then, so inputs get past "not found" into the handler's work.
      return known.some((ids) => ids.length > 0) ? fc.oneof({ weight: 2, arbitrary: knownId(known) }, { weight: 3, arbitrary: stringsNear(schema) }) : stringsNear(schema)
    case 'number':
      return numbersNear(schema)
    case 'undefined':
      return fc.constant(undefined)
    case 'boolean':
      return fc.boolean()
    default:
      return null
  }
}

/**
 * Everything the fuzz sends to one channel. A channel that takes nothing gets its one valid input now
 * and then. `known`: strings that mean something in the database under test (its ids), used for
 * string fields some of the time.
 */
export function malformedInput(schema: z.ZodType, known: Known = []): fc.Arbitrary<unknown> {
  if (defOf(schema).type === 'undefined') return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 5, arbitrary: wrongValue })
  return fc.oneof({ weight: 2, arbitrary: wrongValue }, { weight: 3, arbitrary: shaped(schema, 0, known) })
}

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeDatabase } from '../../../electron/main/store/encode'

function sameAsJson(data: object): void {
  expect(encodeDatabase(data).toString('latin1')).toBe(Buffer.from(JSON.stringify(data)).toString('latin1'))
}

const leaf = fc.oneof(
  fc.jsonValue(),
  fc.string({ unit: 'binary' }), // lone surrogates included
  fc.constantFrom(undefined, new Date(Date.UTC(2026, 0, 2)), NaN, -0, Infinity),
  fc.constant(JSON.parse('{"__proto__":{"x":1},"constructor":2}'))
)
const record = fc.oneof(fc.dictionary(fc.string(), leaf), fc.array(leaf, { maxLength: 3 }), leaf)
const database = fc.dictionary(
  fc.oneof(fc.string(), fc.constantFrom('people', 'teams', '"quoted"', 'line\nbreak', '__proto__')),
  fc.oneof(fc.array(record, { maxLength: 6 }), leaf)
)

describe('encodeDatabase', () => {
  it('gives exactly the bytes of JSON.stringify', () => {
    fc.assert(
      fc.property(database, (data) => {
        sameAsJson(data)
      }),
      { numRuns: 300 }
    )
  })

  it('still matches after immutable updates that reuse most records', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { minLength: 1, maxLength: 8 }), fc.nat(), fc.jsonValue(), (people, at, value) => {
        const before = { schemaVersion: 1, people }
        sameAsJson(before)
        const k = at % people.length
        const after = { ...before, people: people.map((p, i) => (i === k ? { ...p, changed: value } : p)) }
        sameAsJson(after)
        sameAsJson({ ...after, people: after.people.slice(1) })
      }),
      { numRuns: 200 }
    )
  })

  it('handles holes, undefined and dates inside collections as JSON.stringify does', () => {
    sameAsJson({ a: [1, , undefined, () => 1, new Date(0), null], b: undefined, c: () => 1, d: [] })
    sameAsJson({})
    sameAsJson({ toJSON: () => ({ replaced: true }) })
  })

  it('freezes stored data, so an in-place change fails instead of being silently left out of the file', () => {
    const person = { id: 'p1', name: '张三', tags: ['党员'] }
    const data = { schemaVersion: 1, people: [person], settings: { unitName: '某单位' } }
    encodeDatabase(data)
    expect(() => {
      person.name = '李四'
    }).toThrow(TypeError)
    expect(() => person.tags.push('x')).toThrow(TypeError)
    expect(() => data.people.push({ id: 'p2', name: '王五', tags: [] })).toThrow(TypeError)
    expect(() => {
      data.settings.unitName = '别的'
    }).toThrow(TypeError)
    expect(encodeDatabase(data).toString()).toBe(JSON.stringify({ schemaVersion: 1, people: [{ id: 'p1', name: '张三', tags: ['党员'] }], settings: { unitName: '某单位' } }))
  })
})

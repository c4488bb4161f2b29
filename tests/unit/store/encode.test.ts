import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DatabaseEncoder, encodeDatabase } from '../../../electron/main/store/encode'

function sameAsJson(data: object): void {
  expect(Buffer.concat(encodeDatabase(data)).toString('latin1')).toBe(Buffer.from(JSON.stringify(data)).toString('latin1'))
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
    expect(Buffer.concat(encodeDatabase(data)).toString()).toBe(JSON.stringify({ schemaVersion: 1, people: [{ id: 'p1', name: '张三', tags: ['党员'] }], settings: { unitName: '某单位' } }))
  })
})

type Item = Record<string, unknown> | number | null
type Edit = (items: Item[], k: number, value: Item) => Item[]

const edits: Edit[] = [
  (items, k, value) => items.map((item, i) => (i === k ? value : item)), // change one
  (items, k, value) => [...items.slice(0, k), value, ...items.slice(k)], // insert
  (items, k) => items.filter((_, i) => i !== k), // remove
  (items, k) => [...items.slice(k), ...items.slice(0, k)], // rotate: every item moves
  (items, k) => [...items.slice(0, k), ...items.slice(k).reverse()], // reverse a tail
  (items, k, value) => items.map((item, i) => (i % (k + 2) === 0 ? value : item)), // scattered changes
  (items, k, value) => [...items, ...Array.from({ length: k }, () => value)] // the same value many times
]

describe('DatabaseEncoder', () => {
  const item: fc.Arbitrary<Item> = fc.oneof(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }), fc.integer(), fc.constant(null))

  it('gives the bytes of JSON.stringify after any run of immutable edits, reusing the last encoding', () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(edits.length - 1), fc.nat(60), item), { maxLength: 25 }),
        (start, steps) => {
          const encoder = new DatabaseEncoder()
          let data = { schemaVersion: 1, people: start, teams: [{ id: 't1' }] }
          expect(Buffer.concat(encoder.encode(data)).toString('latin1')).toBe(Buffer.from(JSON.stringify(data)).toString('latin1'))
          for (const [which, at, value] of steps) {
            data = { ...data, people: edits[which](data.people, at % (data.people.length + 1), value) }
            expect(Buffer.concat(encoder.encode(data)).toString('latin1')).toBe(Buffer.from(JSON.stringify(data)).toString('latin1'))
          }
        }
      ),
      { numRuns: 200 }
    )
  })

  it('keeps the number of slices bounded over many edits, and the bytes right', () => {
    const encoder = new DatabaseEncoder()
    let data = { people: Array.from({ length: 1000 }, (_, i) => ({ id: `p${i}`, name: '张三' })) }
    encoder.encode(data)
    let most = 0
    for (let n = 0; n < 700; n++) {
      const k = (n * 7919) % data.people.length
      data = { people: data.people.map((person, i) => (i === k ? { ...person, name: `改${n}` } : person)) }
      const slices = encoder.encode(data)
      most = Math.max(most, slices.length)
      if (n % 50 === 0 || n === 699) expect(Buffer.concat(slices).toString()).toBe(JSON.stringify(data))
    }
    expect(most).toBeGreaterThan(100) // edits really were kept as slices, not joined each time
    expect(most).toBeLessThan(300)
  })

  it('does not reuse the JSON of a Date in a collection: a frozen Date can still be changed', () => {
    const encoder = new DatabaseEncoder()
    const date = new Date(Date.UTC(2026, 0, 2))
    const data = { log: [{ id: 1 }, date] }
    encoder.encode(data)
    date.setUTCFullYear(2027)
    const next = { log: [...data.log, { id: 2 }] }
    expect(Buffer.concat(encoder.encode(next)).toString()).toBe(JSON.stringify(next))
  })
})

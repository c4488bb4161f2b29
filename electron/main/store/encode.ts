import { ByteRope } from './byte-rope'

/*
 * The database as compact JSON bytes, fast for the way it changes. Updates are immutable: a change
 * gives a new collection array in which almost every item is the very object it was before. So
 * each collection's bytes are kept together with its array, and the next array is compared with
 * the last one by identity (cheap: it reads the two arrays, not the records): the unchanged run at
 * the start and the one at the end reuse the old bytes, and only what lies between is encoded.
 * The bytes are exactly those of JSON.stringify.
 *
 * They come out as a few slices to write in order with one writev, not joined: at 10 MB joining
 * cost more than the write. Walking every record to look up its cached JSON was no good either:
 * right after a 10 MB write the CPU caches are cold and that walk alone took ~3.5 ms.
 *
 * Reuse is only safe if stored data never changes in place, so the whole tree is frozen: code
 * that mutates stored data fails at once (TypeError in strict mode) instead of losing the edit.
 */

/** A collection as last encoded: `,item0,item1,...`, every item with the comma before it. */
interface Layout {
  items: readonly unknown[]
  bytes: ByteRope
  /** ends[i]: where item i's bytes end. */
  ends: Float64Array
  /** False if an item is an object with toJSON (a Date): such an object can change though frozen. */
  reusable: boolean
}

/** Fewer changed items than this are encoded outright; more, and they are first looked for in the old array (moved, not new). */
const LOOK_UP_ABOVE = 16
/** Each change adds at most two pieces to a collection's bytes; past this many they are copied into one. */
const MAX_PIECES = 256
const CLOSE_ARRAY = Buffer.from(']')
const CLOSE_OBJECT = Buffer.from('}')

/** Encodes one database after another; each encoding reuses what it can of the one before. */
export class DatabaseEncoder {
  private layouts = new Map<string, Layout>()

  /** Slices whose concatenation is exactly the UTF-8 of JSON.stringify(data). */
  encode(data: object): Buffer[] {
    if (hasToJson(data)) {
      freezeDeep(data)
      return [Buffer.from(JSON.stringify(data))]
    }
    const layouts = new Map<string, Layout>()
    const parts: Buffer[] = []
    let separator = '{'
    for (const [key, value] of Object.entries(data)) {
      if (Array.isArray(value) && !hasToJson(value)) {
        const layout = encodeCollection(value, this.layouts.get(key))
        layouts.set(key, layout)
        parts.push(Buffer.from(`${separator}${JSON.stringify(key)}:[`), ...layout.bytes.piecesFrom(1), CLOSE_ARRAY)
      } else {
        if (value !== null && typeof value === 'object') freezeDeep(value)
        const json = JSON.stringify(value)
        if (json === undefined) continue // as JSON.stringify does for undefined, functions, symbols
        parts.push(Buffer.from(`${separator}${JSON.stringify(key)}:${json}`))
      }
      separator = ','
    }
    if (separator === '{') parts.push(Buffer.from('{'))
    parts.push(CLOSE_OBJECT)
    // Frozen last: freezeDeep skips frozen objects, so a parent is frozen only once its children are.
    Object.freeze(data)
    this.layouts = layouts
    return parts
  }
}

/** A one-off encoding, with nothing to reuse. */
export function encodeDatabase(data: object): Buffer[] {
  return new DatabaseEncoder().encode(data)
}

function encodeCollection(items: readonly unknown[], last: Layout | undefined): Layout {
  if (last?.items === items) return last
  const old = last?.reusable ? last : emptyLayout
  const n = items.length
  const m = old.items.length
  let same = 0 // items at the start that are unchanged
  while (same < n && same < m && items[same] === old.items[same]) same++
  let sameAtEnd = 0
  while (sameAtEnd < n - same && sameAtEnd < m - same && items[n - 1 - sameAtEnd] === old.items[m - 1 - sameAtEnd]) sameAtEnd++

  const bytes = new ByteRope()
  const ends = new Float64Array(n)
  const oldStart = (i: number) => (i === 0 ? 0 : old.ends[i - 1])
  bytes.appendRange(old.bytes, 0, oldStart(same))
  ends.set(old.ends.subarray(0, same))

  const changedEnd = n - sameAtEnd
  const oldIndex = changedEnd - same > LOOK_UP_ABOVE ? indexOf(old.items) : undefined
  let reusable = true
  for (let i = same; i < changedEnd; ) {
    const j = oldIndex?.get(items[i])
    if (j === undefined) {
      const run = newItemsFrom(items, i, changedEnd, oldIndex)
      const encoded = encodeItems(items, i, run, ends, bytes.length)
      bytes.append(encoded.bytes)
      reusable &&= !encoded.hasToJson
      i = run
    } else {
      bytes.appendRange(old.bytes, oldStart(j), old.ends[j])
      ends[i++] = bytes.length
    }
  }

  const shift = bytes.length - oldStart(m - sameAtEnd)
  bytes.appendRange(old.bytes, oldStart(m - sameAtEnd), old.bytes.length)
  for (let k = 1; k <= sameAtEnd; k++) ends[n - k] = old.ends[m - k] + shift
  if (bytes.pieceCount > MAX_PIECES) bytes.compact()
  Object.freeze(items)
  return { items, bytes, ends, reusable }
}

const emptyLayout: Layout = { items: [], bytes: new ByteRope(), ends: new Float64Array(0), reusable: true }

/** Where each item sat in the old array; SameValueZero also matches equal primitives, whose JSON is equal too. */
function indexOf(items: readonly unknown[]): Map<unknown, number> {
  const index = new Map<unknown, number>()
  for (let i = 0; i < items.length; i++) index.set(items[i], i)
  return index
}

/** End of the run of items from `from` on that the old array does not have. */
function newItemsFrom(items: readonly unknown[], from: number, to: number, oldIndex: Map<unknown, number> | undefined): number {
  if (!oldIndex) return to
  let i = from + 1
  while (i < to && !oldIndex.has(items[i])) i++
  return i
}

/** Stringifies items[from, to) into one buffer, noting where each ends (counted from `offset`). */
function encodeItems(items: readonly unknown[], from: number, to: number, ends: Float64Array, offset: number) {
  const texts: string[] = []
  let anyToJson = false
  for (let i = from; i < to; i++) {
    const item = items[i]
    if (item !== null && typeof item === 'object') {
      freezeDeep(item)
      anyToJson ||= hasToJson(item)
    }
    const text = `,${JSON.stringify(item) ?? 'null'}` // null: as JSON.stringify writes undefined or a function in an array
    offset += Buffer.byteLength(text)
    ends[i] = offset
    texts.push(text)
  }
  return { bytes: Buffer.from(texts.join('')), hasToJson: anyToJson }
}

const hasToJson = (value: object) => typeof (value as { toJSON?: unknown }).toJSON === 'function'

/** Freezes what is not frozen yet; frozen parts were frozen whole, so they are not walked again. */
export function freezeDeep(value: object): void {
  if (Object.isFrozen(value)) return
  Object.freeze(value)
  for (const child of Object.values(value)) if (child !== null && typeof child === 'object') freezeDeep(child)
}

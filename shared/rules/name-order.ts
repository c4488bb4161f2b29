import cnchar from 'cnchar'
import cncharOrder from 'cnchar-order'
import { pinyin } from 'pinyin-pro'

/*
 * The order of names on every printed list. Pure: no Electron, no file system, so main and the
 * renderer can both use it.
 *
 * 姓氏笔画 (strokes) follows the rules of GB13000.1字符集汉字字序(笔画序)规范, as public lists and
 * ballots use them, character by character:
 *   1. fewer strokes first;
 *   2. same count: the strokes one by one in the five classes 横(1) 竖(2) 撇(3) 点(4) 折(5), where
 *      提 counts as 横, 竖钩 as 竖, 捺 as 点, and every other stroke that turns or hooks as 折;
 *   3. still equal: the main form of a class before its secondary form (横 before 提, 竖 before 竖钩,
 *      点 before 捺; the 折 forms in the order of the 折笔 standard), stroke by stroke;
 *   4. still equal (different characters written alike, 己/已/巳): by code point;
 *   then the next character. A name that is the start of another comes first (王芳 before 王芳华).
 * Spaces (U+3000 padding too) are ignored and the middle dot of minority names (阿依古丽·买买提)
 * counts as no character. Characters the stroke data lacks (Ext-A 䶮, Ext-B 𠮷, Latin letters)
 * come after every known character at the same position, by code point. Two names that only
 * differ in spaces or dots are finally ordered by their raw text, so the comparison is a total
 * order and the sorted list does not depend on the input order.
 *
 * Stroke counts and stroke orders come from cnchar + cnchar-order (MIT; bundled data, no network).
 * They cover GB2312 except 31 bare components (丨 丿 丶 冫 ...), and about a third of the rest of
 * GBK (6,944 of 20,934 GBK ideographs in all), no Ext-A and no Ext-B. Their GB2312 stroke counts
 * agree with Make Me a Hanzi's for all but one character: 皙 is given 12 strokes (and 12 in its
 * stroke order) where it has 13 (析 8 + 白 5).
 *
 * 拼音 (pinyin) compares character by character: the toneless syllable (ü sorted as u, after u:
 * lu < lü < luan, as the 新华字典 index), then the tone (1-4, neutral last), then the code point.
 * The readings come from pinyin-pro with `surname: 'head'`, so a leading 单 is shàn, 曾 zēng,
 * 解 xiè, 尉迟 yùchí; tones are citation tones (no 一/不 sandhi). Characters without a reading
 * come after all others at that position.
 */

export { NAME_ORDER_LABELS, NAME_ORDERS, isNameOrder, type NameOrder, type NameSortOrder } from './name-order-choices'
import type { NameOrder, NameSortOrder } from './name-order-choices'

// ---------------------------------------------------------------------------------------------
// Stroke data

if (!cnchar.hasPlugin('order')) cnchar.use(cncharOrder)
// cnchar adds enumerable `spell` and `stroke` methods to String.prototype (they would show up in
// every for...in over a string). Nothing here uses them: take them off again.
for (const key of ['spell', 'stroke']) {
  const descriptor = Object.getOwnPropertyDescriptor(String.prototype, key)
  if (descriptor?.enumerable && descriptor.configurable) delete (String.prototype as unknown as Record<string, unknown>)[key]
}

/** cnchar-order's stroke letters (see its `orderToWord.orders`) → the five classes. */
const STROKE_CLASS: Record<string, string> = {
  j: '1', // 横
  i: '1', // 提 (㇀) counts as 横
  f: '2', // 竖
  g: '2', // 竖钩 (亅) counts as 竖
  s: '3', // 撇
  k: '4', // 点
  d: '4', // 点 written ㇀-like in cnchar's table: the 点 of 宀 冖 心 火 (安 心 灯)
  l: '4' // 捺 counts as 点
  // every other letter is a 折 stroke (横折, 横撇/横钩, 竖弯钩, 撇折, 斜钩, ...): class 5
}

/** Rank of a stroke inside its class: the main form first, then the secondary forms. */
const STROKE_RANK: Record<string, string> = {
  j: 'a',
  i: 'b',
  f: 'a',
  g: 'b',
  s: 'a',
  k: 'a',
  d: 'a',
  l: 'b',
  // 折 forms, in the order GB13000.1字符集汉字折笔规范 lists them
  c: 'a', // 横折
  e: 'b', // 横撇 / 横钩
  r: 'c', // 横折钩
  p: 'd', // 横折提
  v: 'e', // 横折弯 / 横折折
  o: 'f', // 横斜钩
  w: 'g', // 横撇弯钩 / 横折折折钩
  a: 'h', // 横折折撇
  q: 'i', // 横折折折
  h: 'j', // 竖提
  b: 'k', // 竖弯
  u: 'l', // 竖弯钩
  x: 'm', // 竖折撇 / 竖折折
  z: 'n', // 竖折折钩
  m: 'o', // 撇点
  n: 'p', // 撇折
  y: 'q', // 斜钩 / 卧钩
  t: 'r' // 弯钩
}

interface StrokeInfo {
  count: number
  /** 笔顺编号 in the five classes, e.g. 张 '5153154'; null when only the count is known */
  classes: string | null
  /** STROKE_RANK per stroke */
  ranks: string | null
}

const strokeInfoCache = new Map<string, StrokeInfo | null>()

function lookUpStrokes(char: string): StrokeInfo | null {
  // cnchar works on UTF-16 units: an astral character would be read as two unknown halves.
  if (char.length !== 1) return null
  try {
    const letters = (cnchar.stroke(char, 'order') as unknown[])[0]
    if (typeof letters === 'string' && /^[a-z]+$/.test(letters)) {
      let classes = ''
      let ranks = ''
      for (const letter of letters) {
        classes += STROKE_CLASS[letter] ?? '5'
        ranks += STROKE_RANK[letter] ?? 'z'
      }
      return { count: letters.length, classes, ranks }
    }
    const count = cnchar.stroke(char)
    if (typeof count === 'number' && Number.isInteger(count) && count > 0) return { count, classes: null, ranks: null }
  } catch {
    // unknown to the data: handled like any other unknown character
  }
  return null
}

function strokeInfo(char: string): StrokeInfo | null {
  let info = strokeInfoCache.get(char)
  if (info === undefined) {
    info = lookUpStrokes(char)
    strokeInfoCache.set(char, info)
  }
  return info
}

/** One character as given, or its NFKC form (compatibility ideographs → unified), or null. */
function singleCharacter(char: unknown): string | null {
  if (typeof char !== 'string') return null
  const chars = [...char.normalize('NFKC')]
  return chars.length === 1 ? chars[0] : null
}

/** The stroke count of one character, or null when the data does not know it. */
export function strokeCount(char: string): number | null {
  const c = singleCharacter(char)
  return c === null ? null : (strokeInfo(c)?.count ?? null)
}

/**
 * The stroke order of one character as 笔顺编号 in the five classes (横1 竖2 撇3 点4 折5),
 * e.g. 张 → '5153154'; null when the data does not know it.
 */
export function strokeClasses(char: string): string | null {
  const c = singleCharacter(char)
  return c === null ? null : (strokeInfo(c)?.classes ?? null)
}

// ---------------------------------------------------------------------------------------------
// Keys: each name becomes a list of strings, one per character, compared as strings.

/** Spaces of every width, zero-width marks and the dots that join the parts of a minority name. */
const IGNORED = /[\s\u200B-\u200D\u2060\uFEFF\u00B7\u0387\u2022\u2027\u2219\u22C5\u2E31\u30FB\uFF65.\uFF0E]/gu

/** The characters of a name that take part in the order. */
export function nameCharacters(name: string): string[] {
  if (typeof name !== 'string') return []
  return [...name.normalize('NFKC').replace(IGNORED, '')]
}

const hex = (char: string) => char.codePointAt(0)!.toString(16).padStart(6, '0')

/** Known characters start with '0', unknown ones with '1': unknown after known, by code point. */
function unknownKey(char: string): string {
  return '1' + hex(char)
}

const strokeKeyCache = new Map<string, string>()

function strokeKey(char: string): string {
  let key = strokeKeyCache.get(char)
  if (key === undefined) {
    const info = strokeInfo(char)
    if (!info) key = unknownKey(char)
    else {
      const count = String(info.count).padStart(2, '0')
      // Same count → same lengths, so string order is the order of the rules above.
      // A character with a count but no stroke order goes after those of its count that have one.
      key = info.classes ? '0' + count + info.classes + info.ranks + hex(char) : '0' + count + '6' + hex(char)
    }
    strokeKeyCache.set(char, key)
  }
  return key
}

/** Keys per name as well, so that Array.prototype.sort with the compare functions stays fast. */
const NAME_CACHE_LIMIT = 20_000

function cached(cache: Map<string, string[]>, name: string, make: (name: string) => string[]): string[] {
  let keys = cache.get(name)
  if (!keys) {
    keys = make(name)
    if (cache.size >= NAME_CACHE_LIMIT) cache.clear()
    cache.set(name, keys)
  }
  return keys
}

const strokeNameCache = new Map<string, string[]>()

function strokeKeys(name: string): string[] {
  return cached(strokeNameCache, name, (n) => nameCharacters(n).map(strokeKey))
}

const SYLLABLE = /^([a-zü]+)([0-5])$/

const pinyinNameCache = new Map<string, string[]>()

function pinyinKeys(name: string): string[] {
  return cached(pinyinNameCache, name, readPinyinKeys)
}

function readPinyinKeys(name: string): string[] {
  const chars = nameCharacters(name)
  const text = chars.join('')
  let syllables: string[] = []
  try {
    // Readings depend on the neighbours (polyphones) and on the position (surname), so the
    // whole name is read at once. Citation tones: no 一/不 tone sandhi (王一鸣 is yī, not yì).
    syllables = text ? pinyin(text, { type: 'array', toneType: 'num', surname: 'head', toneSandhi: false }) : []
  } catch {
    syllables = []
  }
  if (syllables.length !== chars.length) {
    // Not one reading per character: read them one by one rather than guess the alignment.
    syllables = chars.map((c) => {
      try {
        return pinyin(c, { type: 'array', toneType: 'num', toneSandhi: false })[0] ?? c
      } catch {
        return c
      }
    })
  }
  return chars.map((char, i) => {
    const match = SYLLABLE.exec(syllables[i] ?? '')
    if (!match) return unknownKey(char)
    const [, toneless, tone] = match
    // ' ' sorts before every letter, so 'zhan' < 'zhang'; the toneless syllable with ü as u
    // first, then with ü itself (after u), then the tone (neutral 0 → 5, last), then the code point.
    return '0' + toneless.replace(/ü/g, 'u') + ' ' + toneless + ' ' + (tone === '0' ? '5' : tone) + hex(char)
  })
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1
  }
  return a.length - b.length
}

function compareRaw(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0
}

const KEYS: Record<NameSortOrder, (name: string) => string[]> = { strokes: strokeKeys, pinyin: pinyinKeys }

function asText(name: unknown): string {
  return typeof name === 'string' ? name : ''
}

/** 姓氏笔画 order of two names: negative when a comes first. Never throws. */
export function compareByStrokes(a: string, b: string): number {
  const x = asText(a)
  const y = asText(b)
  return sign(compareKeys(strokeKeys(x), strokeKeys(y))) || compareRaw(x, y)
}

/** 拼音 order of two names: negative when a comes first. Never throws. */
export function compareByPinyin(a: string, b: string): number {
  const x = asText(a)
  const y = asText(b)
  return sign(compareKeys(pinyinKeys(x), pinyinKeys(y))) || compareRaw(x, y)
}

/** The comparison for an order, for callers that sort by something else first (team, then name). */
export function nameComparator(order: NameSortOrder): (a: string, b: string) => number {
  return order === 'pinyin' ? compareByPinyin : compareByStrokes
}

/**
 * A sorted copy of `items` by their names. Stable (equal names keep their input order); the input
 * is not changed. For 'roster' the copy keeps the input order: the caller orders by team and position.
 */
export function sortByName<T>(items: readonly T[], name: (item: T) => string, order: NameOrder): T[] {
  if (order !== 'strokes' && order !== 'pinyin') return items.slice()
  const toKeys = KEYS[order]
  const rows = items.map((item, index) => {
    const text = asText(name(item))
    return { item, index, text, keys: toKeys(text) }
  })
  rows.sort((p, q) => compareKeys(p.keys, q.keys) || compareRaw(p.text, q.text) || p.index - q.index)
  return rows.map((row) => row.item)
}

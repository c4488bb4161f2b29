import type { MissingGlyph } from '@shared/model/print'
import { missingGlyphs } from './coverage'

const MAX_TEXTS = 3
const MAX_TEXT_LENGTH = 24

/**
 * Every character of a document's data that no print font (the fallback font included) can draw,
 * each with a few of the texts it appears in. Photos (data URLs) are skipped; the documents' own
 * wording is tested to print.
 */
export function findMissingGlyphs(data: unknown): MissingGlyph[] {
  const found = new Map<string, Set<string>>()
  const seen = new Set<string>()
  visit(data, (text) => {
    if (seen.has(text)) return
    seen.add(text)
    for (const char of missingGlyphs(text)) {
      const texts = found.get(char) ?? new Set<string>()
      if (texts.size < MAX_TEXTS) texts.add(excerpt(text, char))
      found.set(char, texts)
    }
  })
  return [...found].map(([char, texts]) => ({ char, texts: [...texts] }))
}

/** The sentence shown to the user: 以下文字打印字体缺失:𠮷(张𠮷) … */
export function missingGlyphMessage(missing: readonly MissingGlyph[]): string {
  const list = missing.map((m) => `${m.char}\uff08${m.texts.join('、')}\uff09`).join(' ')
  return `以下文字打印字体缺失：${list}。这些字会印成空白方框。可在“设置 → 补充打印字体”中添加含这些字的字体，或在花名册、承诺中改用常用字，或确认后仍然打印。`
}

function visit(node: unknown, onText: (text: string) => void): void {
  if (typeof node === 'string') {
    if (!node.startsWith('data:')) onText(node)
  } else if (Array.isArray(node)) {
    for (const item of node) visit(item, onText)
  } else if (node && typeof node === 'object') {
    for (const value of Object.values(node)) visit(value, onText)
  }
}

function excerpt(text: string, char: string): string {
  const chars = [...text]
  if (chars.length <= MAX_TEXT_LENGTH) return text
  const at = Math.max(0, chars.indexOf(char) - 8)
  return `${at > 0 ? '…' : ''}${chars.slice(at, at + MAX_TEXT_LENGTH - 2).join('')}…`
}

import { fallbackFont, fontGeneration } from './fallback-font'
import { loadFont } from './font-cache'

/**
 * Which characters print. pdfmake has no per-character fallback: a character the Noto fonts lack
 * is printed in the officer's fallback font when that has it (see font-runs.ts), and is otherwise
 * an empty box. Names are checked when entered and texts before printing, against all the fonts.
 */

const IGNORED = /[\s\u200b-\u200d\ufeff]/u

/** Per code point: do both bundled fonts draw it? They never change, so this is kept for good. */
const inBundled = new Map<number, boolean>()
/** Per code point: does the fallback font draw it? Emptied when that font changes. */
const inFallback = new Map<number, boolean>()
let fallbackGeneration = -1

/** Both bundled print fonts draw the character (serif and sans alike). */
export function inPrintFonts(codePoint: number): boolean {
  let known = inBundled.get(codePoint)
  if (known === undefined) {
    known = loadFont('serif').hasGlyphForCodePoint(codePoint) && loadFont('sans').hasGlyphForCodePoint(codePoint)
    inBundled.set(codePoint, known)
  }
  return known
}

/** The officer's fallback font draws the character (false when there is none). */
export function inFallbackFont(codePoint: number): boolean {
  if (fallbackGeneration !== fontGeneration()) {
    inFallback.clear()
    fallbackGeneration = fontGeneration()
  }
  let known = inFallback.get(codePoint)
  if (known === undefined) {
    known = fallbackFont()?.hasGlyphForCodePoint(codePoint) ?? false
    inFallback.set(codePoint, known)
  }
  return known
}

/**
 * The character needs the fallback font: no bundled font has it and the fallback font does.
 * ASCII and spaces never do (line breaks, tabs and zero-width marks stay with their neighbours).
 */
export function needsFallbackFont(char: string): boolean {
  const codePoint = char.codePointAt(0)!
  if (codePoint < 0x80 || IGNORED.test(char)) return false
  return !inPrintFonts(codePoint) && inFallbackFont(codePoint)
}

/** The distinct characters of `text` that no available font can draw, in order of first appearance. */
export function missingGlyphs(text: string): string[] {
  const missing: string[] = []
  const seen = new Set<string>()
  for (const char of text) {
    if (seen.has(char)) continue
    seen.add(char)
    if (IGNORED.test(char)) continue
    const codePoint = char.codePointAt(0)!
    if (!inPrintFonts(codePoint) && !inFallbackFont(codePoint)) missing.push(char)
  }
  return missing
}

/** Chinese warning for the user, or null when everything prints. */
export function missingGlyphWarning(text: string): string | null {
  const missing = missingGlyphs(text)
  return missing.length ? `以下文字打印字体缺失：${missing.join(' ')}` : null
}

import type { Font } from 'fontkit'
import { loadFont } from './font-cache'

/**
 * Which characters the print fonts cannot draw. pdfmake has no per-character fallback, so a
 * missing glyph would print as an empty box: names are checked when entered and texts before printing.
 */
const fonts = (): Font[] => [loadFont('serif'), loadFont('sans')]

const IGNORED = /[\s\u200b-\u200d\ufeff]/u

/** The distinct characters of `text` that at least one print font lacks, in order of first appearance. */
export function missingGlyphs(text: string): string[] {
  const missing: string[] = []
  const seen = new Set<string>()
  for (const char of text) {
    if (seen.has(char)) continue
    seen.add(char)
    if (IGNORED.test(char)) continue
    const codePoint = char.codePointAt(0)!
    if (!fonts().every((font) => font.hasGlyphForCodePoint(codePoint))) missing.push(char)
  }
  return missing
}

/** Chinese warning for the user, or null when everything prints. */
export function missingGlyphWarning(text: string): string | null {
  const missing = missingGlyphs(text)
  return missing.length ? `以下文字打印字体缺失：${missing.join(' ')}` : null
}

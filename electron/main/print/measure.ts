import { inPrintFonts, needsFallbackFont } from './coverage'
import { fallbackFont } from './fallback-font'
import { loadFont } from './font-cache'
import type { FontFamily } from './fonts'

/** How wide a text is at 1 pt, in a print font. Documents size names and wrap lines with it. */
export type Measure = (text: string, style?: TextStyle) => number
export interface TextStyle {
  font?: FontFamily
  bold?: boolean
}

const widths = new Map<string, number>()

/** Sum of advance widths (no kerning: Chinese text has none worth measuring). */
export const measureText: Measure = (text, style = {}) => {
  const family = style.font ?? 'sans'
  const bold = style.bold ?? false
  let total = 0
  for (const char of text) {
    const key = `${family}/${bold}/${char}`
    let width = widths.get(key)
    if (width === undefined) {
      const codePoint = char.codePointAt(0)!
      // A character the bundled fonts lack prints in the fallback font, at that font's width.
      const font = needsFallbackFont(char) ? fallbackFont()! : loadFont(family, bold)
      width = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm
      // The rest depends on which fallback font there is, if any: only the bundled fonts' widths are kept.
      if (inPrintFonts(codePoint) || codePoint < 0x80) widths.set(key, width)
    }
    total += width
  }
  return total
}

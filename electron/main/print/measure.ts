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
      const f = loadFont(family, bold)
      width = f.glyphForCodePoint(char.codePointAt(0)!).advanceWidth / f.unitsPerEm
      widths.set(key, width)
    }
    total += width
  }
  return total
}

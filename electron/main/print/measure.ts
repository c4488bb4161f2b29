import { readFileSync } from 'node:fs'
import { create, type Font } from 'fontkit'
import { fontFiles, type FontFamily } from './fonts'

/** How wide a text is at 1 pt, in a print font. Documents size names and wrap lines with it. */
export type Measure = (text: string, style?: TextStyle) => number
export interface TextStyle {
  font?: FontFamily
  bold?: boolean
}

const fonts = new Map<string, Font>()
const widths = new Map<string, number>()

function font(family: FontFamily, bold: boolean): Font {
  const key = `${family}/${bold}`
  let loaded = fonts.get(key)
  if (!loaded) {
    const files = fontFiles(family)
    loaded = create(readFileSync(bold ? files.bold : files.regular)) as Font
    fonts.set(key, loaded)
  }
  return loaded
}

/** Sum of advance widths (no kerning: Chinese text has none worth measuring). */
export const measureText: Measure = (text, style = {}) => {
  const family = style.font ?? 'sans'
  const bold = style.bold ?? false
  let total = 0
  for (const char of text) {
    const key = `${family}/${bold}/${char}`
    let width = widths.get(key)
    if (width === undefined) {
      const f = font(family, bold)
      width = f.glyphForCodePoint(char.codePointAt(0)!).advanceWidth / f.unitsPerEm
      widths.set(key, width)
    }
    total += width
  }
  return total
}

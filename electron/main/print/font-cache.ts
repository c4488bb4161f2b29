import { readFileSync } from 'node:fs'
import { create, type Font } from 'fontkit'
import { fontFiles, type FontFamily } from './fonts'

/** Parsed print fonts, loaded once per thread and shared by the glyph check and text measuring. */
const cache = new Map<string, Font>()

export function loadFont(family: FontFamily, bold = false): Font {
  const key = `${family}/${bold}`
  let font = cache.get(key)
  if (!font) {
    const files = fontFiles(family)
    font = create(readFileSync(bold ? files.bold : files.regular)) as Font
    cache.set(key, font)
  }
  return font
}

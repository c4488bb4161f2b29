import { readFileSync } from 'node:fs'
import { create, type Font } from 'fontkit'
import { fontFiles, type FontFamily } from './fonts'

/*
 * The print fonts' bytes, read once per thread (about 50 MB for the four files) and shared by the
 * glyph check, text measuring and pdfmake, which would otherwise read them again for every document.
 */
const bytes = new Map<string, Buffer>()
const parsed = new Map<string, Font>()

export function fontBytes(path: string): Buffer {
  let buffer = bytes.get(path)
  if (!buffer) {
    buffer = readFileSync(path)
    bytes.set(path, buffer)
  }
  return buffer
}

export function loadFont(family: FontFamily, bold = false): Font {
  const files = fontFiles(family)
  const path = bold ? files.bold : files.regular
  let font = parsed.get(path)
  if (!font) {
    font = create(fontBytes(path)) as Font
    parsed.set(path, font)
  }
  return font
}

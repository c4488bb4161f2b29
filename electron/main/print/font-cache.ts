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
  return parseOnce(bold ? files.bold : files.regular)
}

function parseOnce(path: string): Font {
  let font = parsed.get(path)
  if (!font) {
    font = create(fontBytes(path)) as Font
    parsed.set(path, font)
  }
  return font
}

/** The user's own font file may be replaced in place: only the newest version is kept. */
let versioned: { key: string; bytes: Buffer; font: Font } | null = null

export function loadFontVersion(path: string, version: string): Font {
  return versionedEntry(path, version).font
}

export function fontVersionBytes(path: string, version: string): Buffer {
  return versionedEntry(path, version).bytes
}

function versionedEntry(path: string, version: string) {
  const key = `${path}\u0000${version}`
  if (versioned?.key !== key) {
    const buffer = readFileSync(path)
    versioned = { key, bytes: buffer, font: create(buffer) as Font }
  }
  return versioned
}

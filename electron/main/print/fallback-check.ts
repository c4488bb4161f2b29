import { create, type Font } from 'fontkit'

/*
 * Whether a file the officer chose can serve as the fallback font: one TrueType or OpenType font
 * (not a collection, not a web font) that has 𠮷, the best-known name character of CJK Extension B.
 */

export const MAX_FONT_BYTES = 80 * 1024 * 1024
export const CHECK_CHARACTER = '𠮷'

/** CJK Extension B and beyond, and the compatibility supplement: planes 2 and 3. */
const EXTENDED_HAN = { from: 0x20000, to: 0x3ffff }

export type FontCheck = { ok: true; font: Font } | { ok: false; reason: string }

const tag = (bytes: Uint8Array) => String.fromCharCode(...bytes.subarray(0, 4))

export function checkFallbackFont(bytes: Uint8Array): FontCheck {
  if (bytes.length > MAX_FONT_BYTES) return { ok: false, reason: `字体文件超过${MAX_FONT_BYTES / 1024 / 1024} MB，不能使用。` }
  const kind = tag(bytes)
  if (kind === 'ttcf') return { ok: false, reason: '这是字体集文件（.ttc），暂不支持。请选择单个字体文件（.ttf 或 .otf）。' }
  if (kind === 'wOFF' || kind === 'wOF2') return { ok: false, reason: '这是网页字体（.woff/.woff2），不能用于打印。请选择 .ttf 或 .otf 文件。' }
  if (kind !== '\u0000\u0001\u0000\u0000' && kind !== 'OTTO' && kind !== 'true') return { ok: false, reason: '所选文件不是 TrueType 或 OpenType 字体（.ttf、.otf）。' }
  let font: Font
  try {
    font = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as Font
    // Reading the character map proves the tables the checks and pdfmake need are there.
    font.hasGlyphForCodePoint(0x20)
  } catch {
    return { ok: false, reason: '无法读取该字体文件，文件可能已损坏。' }
  }
  if (!font.hasGlyphForCodePoint(CHECK_CHARACTER.codePointAt(0)!)) {
    return { ok: false, reason: `该字体没有“${CHECK_CHARACTER}”等扩展B区汉字，补不了打印字体缺的字。请选择覆盖 CJK 扩展B区及以后各区汉字的字体。` }
  }
  return { ok: true, font }
}

/** How many ideographs of CJK Extension B and beyond the font has. */
export function extendedHanCount(font: Font): number {
  let count = 0
  for (const codePoint of font.characterSet) if (codePoint >= EXTENDED_HAN.from && codePoint <= EXTENDED_HAN.to) count++
  return count
}

/** What the font says about itself: its names, copyright and licence, for 设置 → 关于. */
export function fontSelfDescription(font: Font): { name: string; notice: string } {
  const name = font.familyName || font.fullName || font.postscriptName || '未命名字体'
  const lines = [font.copyright, font.getName('license', 'en'), font.getName('licenseURL', 'en')].filter((line): line is string => !!line && line.trim() !== '')
  return { name, notice: lines.join('\n\n') }
}

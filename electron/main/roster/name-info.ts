import { pinyin } from 'pinyin-pro'
import { missingGlyphs } from '../print/coverage'
import { RARE_READINGS } from './rare-readings'

/*
 * Derived from a name and sent with each row: pinyin for the table's quick search, and the
 * characters no print font has. Names repeat across calls, so the readings are cached; the glyph
 * check is not (it depends on the fallback font, and is cached per character in coverage.ts).
 */

export interface NameInfo {
  initials: string
  pinyin: string
  missingGlyphs: string[]
}

const readings = new Map<string, { initials: string; pinyin: string }>()

const lettersOnly = (syllables: string[]) => syllables.join('').toLowerCase().replace(/[^a-z0-9]/g, '')

export function nameInfo(name: string): NameInfo {
  let reading = readings.get(name)
  if (!reading) {
    // `surname: 'head'` reads a leading 单/曾/解/仇 as a surname (shan, zeng, xie, qiu).
    const chars = [...name]
    const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' }).map((syllable, i) =>
      // pinyin-pro hands back a character it has no reading for as it is.
      syllable === chars[i] ? (RARE_READINGS[syllable] ?? syllable) : syllable
    )
    reading = { initials: lettersOnly(syllables.map((s) => s.charAt(0))), pinyin: lettersOnly(syllables) }
    readings.set(name, reading)
  }
  return { ...reading, missingGlyphs: missingGlyphs(name) }
}

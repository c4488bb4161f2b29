import { pinyin } from 'pinyin-pro'
import { missingGlyphs } from '../print/coverage'

/*
 * Derived from a name once and sent with each row: pinyin for the table's quick search, and the
 * characters the print fonts lack. Names repeat across calls, so results are cached.
 */

export interface NameInfo {
  initials: string
  pinyin: string
  missingGlyphs: string[]
}

const cache = new Map<string, NameInfo>()

const lettersOnly = (syllables: string[]) => syllables.join('').toLowerCase().replace(/[^a-z0-9]/g, '')

export function nameInfo(name: string): NameInfo {
  let info = cache.get(name)
  if (!info) {
    // `surname: 'head'` reads a leading 单/曾/解/仇 as a surname (shan, zeng, xie, qiu).
    const options = { toneType: 'none', type: 'array', surname: 'head' } as const
    info = {
      initials: lettersOnly(pinyin(name, { ...options, pattern: 'first' })),
      pinyin: lettersOnly(pinyin(name, options)),
      missingGlyphs: missingGlyphs(name)
    }
    cache.set(name, info)
  }
  return info
}

import type { Font } from 'fontkit'
import { loadFontVersion } from './font-cache'

/*
 * The officer's own font for the characters the bundled Noto fonts lack (𠮷 and the rest of CJK
 * Extension B and beyond), added in 设置 and kept in the data folder. No font on the npm registry
 * covers those blocks as whole files under a licence the app could ship, so it is the user's file.
 * One per thread: main sets it from the data folder, the print worker from each job.
 */

export interface FallbackFontRef {
  path: string
  /** Changes whenever the file does (size and time), so caches keyed by it never serve an old font. */
  version: string
}

/** pdfmake's family name for it, in documents and in the SVG of tent cards. */
export const FALLBACK_FONT_NAME = 'Fallback'

let active: FallbackFontRef | null = null
let generation = 0

export function setFallbackFont(ref: FallbackFontRef | null): void {
  if (ref?.path === active?.path && ref?.version === active?.version) return
  active = ref ? { ...ref } : null
  generation++
}

export function activeFallbackFont(): FallbackFontRef | null {
  return active
}

/** Counts changes of the fallback font: caches of what prints (name flags) compare it. */
export function fontGeneration(): number {
  return generation
}

/** The fallback font parsed, or null when the officer has added none. */
export function fallbackFont(): Font | null {
  return active ? loadFontVersion(active.path, active.version) : null
}

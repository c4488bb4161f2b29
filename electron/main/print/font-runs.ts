import { needsFallbackFont } from './coverage'
import { activeFallbackFont } from './fallback-font'

/** A stretch of text for one font: `fallback` when the bundled fonts lack it and the fallback font has it. */
export interface FontRun {
  text: string
  fallback: boolean
}

/**
 * Splits a text where it changes between the bundled fonts and the fallback font. Without a
 * fallback font, or when the bundled fonts draw everything (nearly always), it is one run.
 */
export function fontRuns(text: string): FontRun[] {
  if (!activeFallbackFont() || !hasFallbackCharacter(text)) return [{ text, fallback: false }]
  const runs: FontRun[] = []
  for (const char of text) {
    const last = runs[runs.length - 1]
    const fallback = needsFallbackFont(char)
    if (last && last.fallback === fallback) last.text += char
    else runs.push({ text: char, fallback })
  }
  return runs
}

function hasFallbackCharacter(text: string): boolean {
  for (const char of text) if (needsFallbackFont(char)) return true
  return false
}

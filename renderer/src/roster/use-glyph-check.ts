import { useEffect, useState } from 'react'
import { api } from '../api/client'

/**
 * The characters of `text` the print fonts lack, checked by main (it holds the fonts) a moment
 * after typing stops. A failed check shows nothing: it is advice, not a gate.
 */
export function useGlyphCheck(text: string, delayMs = 300): string[] {
  const [missing, setMissing] = useState<string[]>([])
  useEffect(() => {
    const trimmed = text.trim().slice(0, 1000)
    if (!trimmed) {
      setMissing([])
      return
    }
    let live = true
    const timer = setTimeout(() => {
      void api.roster.glyphCheck({ text: trimmed }).then((result) => {
        if (live && result.ok) setMissing(result.value.missing)
      })
    }, delayMs)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [text, delayMs])
  return missing
}

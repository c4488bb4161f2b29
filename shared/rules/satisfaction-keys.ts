import type { Mark } from './satisfaction'

/*
 * Keying paper questionnaires with digits, as LimeSurvey's data-entry screen does: 1 = the first
 * level (满意) … N = the last (不满意); 0 = nothing ticked (空白); 9 = several ticked (多选). A scale
 * of nine levels or more would clash with 9, so scales stop at seven.
 */

export const BLANK_KEY = '0'
export const SEVERAL_KEY = '9'

/** The mark a key stands for on a scale of `levels`, or null when the key means nothing here. */
export function markOfKey(key: string, levels: number): Mark | null {
  if (key === BLANK_KEY) return 'blank'
  if (key === SEVERAL_KEY) return 'several'
  const n = Number(key)
  return /^[1-8]$/.test(key) && n <= levels ? n - 1 : null
}

/** The key shown for a mark: the inverse of markOfKey. */
export const keyOfMark = (mark: Mark): string => (mark === 'blank' ? BLANK_KEY : mark === 'several' ? SEVERAL_KEY : String(mark + 1))

/** The respondent kind for a key: 1 … K the kinds, 0 none ticked; null when out of range. */
export function kindOfKey(key: string, kinds: number): number | null | undefined {
  if (key === BLANK_KEY) return null
  const n = Number(key)
  return /^[1-8]$/.test(key) && n <= kinds ? n - 1 : undefined
}

import type { ContestItem, SheetCells } from '../compete/contests/model'
import { judgeMark } from './contest-scoring'

/*
 * A judge's sheet as the officer keys it: how far it is filled in (for the summary of missing and
 * incomplete sheets), and, when the same paper was keyed twice, where the two keyings differ.
 */

export type SheetState = 'missing' | 'partial' | 'gaps' | 'complete'
export const SHEET_STATE_LABELS: Record<SheetState, string> = {
  missing: '未录入',
  partial: '有未填的分项',
  gaps: '有参赛者未评分',
  complete: '已录完'
}

export interface SheetFill {
  state: SheetState
  /** Entrants the judge scored in full, left blank, and scored only in part. */
  scored: number
  blank: string[]
  partial: string[]
}

/**
 * `missing`: nothing written; `partial`: a row with some items blank (the entrant cannot be scored);
 * `gaps`: whole rows blank (the judge did not score them: allowed, but the officer should look);
 * `complete`: every entrant scored.
 */
export function sheetFill(items: readonly Pick<ContestItem, 'id' | 'max' | 'weight' | 'decimals'>[], entrantIds: readonly string[], cells: SheetCells | undefined): SheetFill {
  const blank: string[] = []
  const partial: string[] = []
  let scored = 0
  for (const entrantId of entrantIds) {
    const { state } = judgeMark(items, '', cells?.[entrantId])
    if (state === 'scored') scored += 1
    else if (state === 'blank') blank.push(entrantId)
    else partial.push(entrantId)
  }
  const state: SheetState = scored === 0 && partial.length === 0 ? 'missing' : partial.length ? 'partial' : blank.length ? 'gaps' : 'complete'
  return { state, scored, blank, partial }
}

export interface KeyingDifference {
  entrantId: string
  itemId: string
  first: number | null
  second: number | null
}

/** Cell by cell, in sheet order: a blank and a 0 differ. */
export function keyingDifferences(itemIds: readonly string[], entrantIds: readonly string[], first: SheetCells | undefined, second: SheetCells | undefined): KeyingDifference[] {
  const out: KeyingDifference[] = []
  for (const entrantId of entrantIds) {
    for (const itemId of itemIds) {
      const a = first?.[entrantId]?.[itemId] ?? null
      const b = second?.[entrantId]?.[itemId] ?? null
      if (a !== b) out.push({ entrantId, itemId, first: a, second: b })
    }
  }
  return out
}

/** True when the sheet holds any written value. */
export const hasValues = (cells: SheetCells | undefined) => Object.values(cells ?? {}).some((row) => Object.values(row).some((v) => v !== null))

/**
 * What the officer typed (or a spreadsheet cell held as text) as a score: '' is a blank, not 0;
 * full-width digits from a Chinese input method count as digits. A problem is said in Chinese.
 */
export function parseCell(text: string): { value: number | null; problem: string | null } {
  const plain = text.replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim()
  if (plain === '') return { value: null, problem: null }
  if (/^-\d+(\.\d+)?$/.test(plain)) return { value: null, problem: '成绩不能为负数' }
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(plain)) return { value: null, problem: '成绩应为数字' }
  return { value: Number(plain), problem: null }
}

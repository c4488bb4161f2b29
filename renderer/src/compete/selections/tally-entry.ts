import type { SelectionView } from '@shared/compete/selections/contract'
import { checkTally, type RoundFigures, type TallyCheck } from '@shared/rules/ballot-tally'

/*
 * The tally form's values and what the shared tally rules say of them while they are typed: a
 * blank stays apart from a 0 (null), and the round is only judged once its five figures are in.
 */

export const ROUND_FIELDS = ['entitled', 'issued', 'returned', 'valid', 'void'] as const
export type RoundField = (typeof ROUND_FIELDS)[number]
export const ROUND_LABELS: Record<RoundField, string> = { entitled: '应到人数', issued: '发出票数', returned: '收回票数', valid: '有效票数', void: '废票数' }

export interface TallyValues {
  round: Record<RoundField, number | null>
  votes: Record<string, (number | null)[]>
}

export function loadedTally(selection: SelectionView): TallyValues {
  const t = selection.tally
  return {
    round: { entitled: selection.entitled, issued: t?.issued ?? null, returned: t?.returned ?? null, valid: t?.valid ?? null, void: t?.void ?? null },
    votes: Object.fromEntries(selection.nominations.map((n) => [n.id, n.votes ? [...n.votes] : selection.ballot.choices.map(() => null)]))
  }
}

/** What the tally rules say so far; null while a round figure is still blank. */
export function checkTyped(selection: SelectionView, values: TallyValues): TallyCheck | null {
  if (ROUND_FIELDS.some((field) => values.round[field] === null)) return null
  const nominees = selection.nominations.map((n) => ({ id: n.id, name: n.nomineeName, counts: values.votes[n.id] ?? null }))
  return checkTally(values.round as RoundFigures, nominees, { choices: selection.ballot.choices, quota: selection.quota, limitFavourable: selection.ballot.limitFavourable })
}

/** The cell after `id` in typing order (the round's figures, then each nominee's counts row by row). */
export const cellId = (n: number) => `tally-cell-${n}`

import { AppError } from '@shared/errors'
import type { Database } from '@shared/model/database'
import { HALF_LABELS, HALVES, type PublicRound } from '@shared/evaluate/public/model'
import { z } from 'zod'

/*
 * Which 群众评议 round a document prints: the year's half chosen in the dialog, or the year's latest
 * round with questionnaires when the half is left unset (so `cli export` prints the demo's).
 */

export const halfOption = z.enum(HALVES).optional()
export const halfControl = {
  kind: 'choice',
  field: 'half',
  label: '评议轮次',
  choices: HALVES.map((value) => ({ value, label: HALF_LABELS[value] })),
  optional: true,
  extra: '不选则为该年度最近一轮'
} as const

export function chosenRound(db: Readonly<Database>, year: number, half: PublicRound['half'] | undefined): PublicRound {
  const rounds = db.publicRounds.filter((r) => r.year === year && (!half || r.half === half) && db.questionnaires.some((q) => q.roundId === r.id))
  const round = rounds.sort((a, b) => b.startOn.localeCompare(a.startOn))[0]
  if (!round) throw new AppError('NOTHING_TO_PRINT', `${year}年${half ? HALF_LABELS[half] : ''}还没有群众评议问卷，请先在“群众评议 → 问卷”中建立`)
  return round
}

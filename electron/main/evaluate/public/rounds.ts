import type { Database } from '@shared/model/database'
import { conflict, invalid, notFound } from '@shared/errors'
import { type PublicRound, publicRoundDraftSchema, roundName } from '@shared/evaluate/public/model'
import type { z } from 'zod'

/*
 * 群众评议 rounds, one per half year: every questionnaire and log belongs to one, and a log's date
 * must fall within its dates. Pure changes of the database, or an AppError and nothing changed.
 */

export interface Stamp {
  now: string
  newId: () => string
}

export { roundName }

export function findRound(db: Readonly<Database>, id: string): PublicRound {
  const round = db.publicRounds.find((r) => r.id === id)
  if (!round) throw notFound('该评议轮次')
  return round
}

/** The half year before: 2026上半年 follows 2025下半年. */
export function previousRound(db: Readonly<Database>, round: PublicRound): PublicRound | undefined {
  const year = round.half === 'second' ? round.year : round.year - 1
  const half = round.half === 'second' ? 'first' : 'second'
  return db.publicRounds.find((r) => r.year === year && r.half === half)
}

/** Refuses a date outside the round, naming the field and the round's dates. */
export function checkInRound(round: PublicRound, day: string, field: string): void {
  if (day < round.startOn || day > round.endOn) throw invalid(`${field}：${day}不在${roundName(round)}群众评议期间（${round.startOn}至${round.endOn}）`)
}

const datesOf = (db: Readonly<Database>, roundId: string): string[] => [
  ...db.phoneChecks.filter((r) => r.roundId === roundId).map((r) => r.date),
  ...db.forums.filter((r) => r.roundId === roundId).map((r) => r.date),
  ...db.supervisorVisits.filter((r) => r.roundId === roundId).map((r) => r.date),
  ...db.boxEntries.filter((r) => r.roundId === roundId).map((r) => r.receivedOn)
]

export function saveRound(db: Database, draft: z.output<typeof publicRoundDraftSchema>, stamp: Stamp): { db: Database; round: PublicRound } {
  const existing = draft.id ? db.publicRounds.find((r) => r.id === draft.id) : undefined
  if (draft.id && !existing) throw notFound('该评议轮次')
  for (const [field, day] of [['开始日期', draft.startOn], ['结束日期', draft.endOn]] as const) {
    if (Number(day.slice(0, 4)) !== draft.year) throw invalid(`${field}：${day}不在${draft.year}年度内`)
  }
  const twin = db.publicRounds.find((r) => r.id !== existing?.id && r.year === draft.year && r.half === draft.half)
  if (twin) throw conflict(`${roundName(draft)}的群众评议已经建立，请在原轮次中修改`)
  const round: PublicRound = { id: existing?.id ?? stamp.newId(), year: draft.year, half: draft.half, startOn: draft.startOn, endOn: draft.endOn }
  if (existing) {
    // Narrowing the dates must not leave a log outside them.
    const outside = datesOf(db, round.id).filter((day) => day < round.startOn || day > round.endOn)
    if (outside.length) throw conflict(`有${outside.length}条记录的日期（如${outside.sort()[0]}）不在新的起止日期之内，请先修改这些记录`)
  }
  const publicRounds = existing ? db.publicRounds.map((r) => (r.id === round.id ? round : r)) : [...db.publicRounds, round]
  return { db: { ...db, publicRounds }, round }
}

/** A round with questionnaires or logs is a record: it is not deleted with them. */
export function deleteRound(db: Database, id: string): { db: Database; said: string } {
  const round = findRound(db, id)
  const questionnaires = db.questionnaires.filter((q) => q.roundId === id).length
  const logs = datesOf(db, id).length
  if (questionnaires || logs) {
    throw conflict(`${roundName(round)}群众评议中还有${[questionnaires && `${questionnaires}份问卷`, logs && `${logs}条记录`].filter(Boolean).join('、')}，请先删除它们`)
  }
  return { db: { ...db, publicRounds: db.publicRounds.filter((r) => r.id !== id) }, said: `已删除${roundName(round)}群众评议轮次（其中没有问卷和记录）` }
}

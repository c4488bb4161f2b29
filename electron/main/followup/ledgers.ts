import type { z } from 'zod'
import type { Database } from '@shared/model/database'
import { notFound } from '@shared/errors'
import { yuan } from '@shared/followup/fund-totals'
import { FUND_DIRECTION_LABELS, type FundLine, type fundDraftSchema } from '@shared/followup/funds'
import { yearOfDay } from '@shared/followup/holder'
import { REWARD_PENALTY_KIND_LABELS, type AssessmentRecord, type assessmentRecordDraftSchema, type RewardPenalty, type rewardPenaltyDraftSchema } from '@shared/followup/records'
import { holderName, liveHolder, notLater, type Stamp } from './names'

/* 经费、考核记录、奖惩: dated lines, each belonging to the year of its day. */

type Keyed = { id: string; createdAt: string }

function upsert<T extends Keyed>(list: readonly T[], line: T): T[] {
  return list.some((x) => x.id === line.id) ? list.map((x) => (x.id === line.id ? line : x)) : [...list, line]
}

function existing<T extends Keyed>(list: readonly T[], id: string | undefined, what: string): T | undefined {
  if (!id) return undefined
  const found = list.find((x) => x.id === id)
  if (!found) throw notFound(what)
  return found
}

export function saveFund(db: Database, draft: z.output<typeof fundDraftSchema>, stamp: Stamp): { db: Database; line: FundLine } {
  const before = existing(db.fundLines, draft.id, '该笔经费收支')
  const line: FundLine = { ...draft, id: before?.id ?? stamp.newId(), year: yearOfDay(draft.on), createdAt: before?.createdAt ?? stamp.now }
  return { db: { ...db, fundLines: upsert(db.fundLines, line) }, line }
}

export function deleteFund(db: Database, id: string): { db: Database; message: string } {
  const line = existing(db.fundLines, id, '该笔经费收支')!
  const left = db.fundLines.filter((l) => l.id !== id && l.activity === line.activity).length
  return {
    db: { ...db, fundLines: db.fundLines.filter((l) => l.id !== id) },
    message: `已删除${line.on}“${line.summary}”${FUND_DIRECTION_LABELS[line.direction]}${yuan(line.amountFen)}元；“${line.activity}”其余${left}笔收支不变`
  }
}

export function saveAssessmentRecord(db: Database, draft: z.output<typeof assessmentRecordDraftSchema>, stamp: Stamp): { db: Database; record: AssessmentRecord } {
  const before = existing(db.assessmentRecords, draft.id, '该考核记录')
  liveHolder(db, draft.holder, '考核对象')
  notLater(draft.on, stamp.today, '考核日期')
  const record: AssessmentRecord = { ...draft, id: before?.id ?? stamp.newId(), year: yearOfDay(draft.on), createdAt: before?.createdAt ?? stamp.now }
  return { db: { ...db, assessmentRecords: upsert(db.assessmentRecords, record) }, record }
}

export function deleteAssessmentRecord(db: Database, id: string): { db: Database; message: string } {
  const record = existing(db.assessmentRecords, id, '该考核记录')!
  return {
    db: { ...db, assessmentRecords: db.assessmentRecords.filter((r) => r.id !== id) },
    message: `已删除${holderName(db, record.holder)}${record.on}的考核记录“${record.item}”`
  }
}

export function saveRewardPenalty(db: Database, draft: z.output<typeof rewardPenaltyDraftSchema>, stamp: Stamp): { db: Database; record: RewardPenalty } {
  const before = existing(db.rewardPenalties, draft.id, '该奖惩记录')
  liveHolder(db, draft.holder, '奖惩对象')
  notLater(draft.on, stamp.today, '奖惩日期')
  const record: RewardPenalty = { ...draft, id: before?.id ?? stamp.newId(), year: yearOfDay(draft.on), createdAt: before?.createdAt ?? stamp.now }
  return { db: { ...db, rewardPenalties: upsert(db.rewardPenalties, record) }, record }
}

export function deleteRewardPenalty(db: Database, id: string): { db: Database; message: string } {
  const record = existing(db.rewardPenalties, id, '该奖惩记录')!
  return {
    db: { ...db, rewardPenalties: db.rewardPenalties.filter((r) => r.id !== id) },
    message: `已删除${holderName(db, record.holder)}的${REWARD_PENALTY_KIND_LABELS[record.kind]}记录“${record.title}”`
  }
}

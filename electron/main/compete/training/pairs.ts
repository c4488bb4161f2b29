import type { z } from 'zod'
import type { Database } from '@shared/model/database'
import { conflict, invalid, notFound } from '@shared/errors'
import type { MentoringPairView } from '@shared/compete/training/contract'
import { helpRecordDraftSchema, mentoringPairDraftSchema, type MentoringPair } from '@shared/compete/training/model'
import { chosenPerson, chosenTeam, datedLineProblem, helpedName, personName } from './names'
import type { Stamp } from './plans'

/* 四帮四促 pairs and their 帮扶记录, as pure changes like plans.ts. */

export function savePair(db: Database, draft: z.output<typeof mentoringPairDraftSchema>, stamp: Stamp): { db: Database; pair: MentoringPair } {
  const existing = draft.id ? db.mentoringPairs.find((p) => p.id === draft.id) : undefined
  if (draft.id && !existing) throw notFound('该结对')
  const helper = chosenPerson(db, draft.helperId, '帮扶人', existing?.helperId)
  const helpedPersonId = draft.kind === 'person' ? draft.helpedPersonId : null
  const helpedTeamId = draft.kind === 'team' ? draft.helpedTeamId : null
  if (helpedPersonId) chosenPerson(db, helpedPersonId, '帮扶对象', existing?.helpedPersonId)
  if (helpedTeamId) chosenTeam(db, helpedTeamId, existing?.helpedTeamId)
  const twin = db.mentoringPairs.find(
    (p) => p.id !== existing?.id && p.year === draft.year && p.helperId === draft.helperId && p.helpedPersonId === helpedPersonId && p.helpedTeamId === helpedTeamId
  )
  if (twin) throw conflict(`${helper.name}与${helpedName(db, twin)}${draft.year}年度已经结对，请在原结对上修改`)
  const records = existing?.records ?? []
  const early = records.find((r) => r.date < draft.startOn)
  if (early) throw invalid(`已有${early.date}的帮扶记录，结对日期不能晚于它`)
  if (draft.startOn > stamp.today) throw invalid('结对日期不能晚于今天')
  const pair: MentoringPair = {
    ...draft,
    id: existing?.id ?? stamp.newId(),
    helpedPersonId,
    helpedTeamId,
    records,
    createdAt: existing?.createdAt ?? stamp.now,
    updatedAt: stamp.now
  }
  const mentoringPairs = existing ? db.mentoringPairs.map((p) => (p.id === pair.id ? pair : p)) : [...db.mentoringPairs, pair]
  return { db: { ...db, mentoringPairs }, pair }
}

export function deletePair(db: Database, id: string): { db: Database; message: string } {
  const pair = db.mentoringPairs.find((p) => p.id === id)
  if (!pair) throw notFound('该结对')
  const records = pair.records.length ? `及其${pair.records.length}条帮扶记录` : ''
  return {
    db: { ...db, mentoringPairs: db.mentoringPairs.filter((p) => p.id !== id) },
    message: `已删除${personName(db, pair.helperId)}与${helpedName(db, pair)}的结对${records}；花名册中的人员和班组不受影响`
  }
}

export function saveRecord(db: Database, draft: z.output<typeof helpRecordDraftSchema>, stamp: Stamp): { db: Database; pair: MentoringPair } {
  const pair = db.mentoringPairs.find((p) => p.id === draft.pairId)
  if (!pair) throw notFound('该结对')
  if (draft.id && !pair.records.some((r) => r.id === draft.id)) throw notFound('该帮扶记录')
  const problem = datedLineProblem(draft.date, pair.startOn, stamp.today, '帮扶记录', '结对日期')
  if (problem) throw invalid(problem)
  const record = { id: draft.id ?? stamp.newId(), date: draft.date, content: draft.content }
  const records = (draft.id ? pair.records.map((r) => (r.id === record.id ? record : r)) : [...pair.records, record]).sort((a, b) => a.date.localeCompare(b.date))
  const changed: MentoringPair = { ...pair, records, updatedAt: stamp.now }
  return { db: { ...db, mentoringPairs: db.mentoringPairs.map((p) => (p.id === pair.id ? changed : p)) }, pair: changed }
}

export function deleteRecord(db: Database, pairId: string, id: string, stamp: Stamp): { db: Database; pair: MentoringPair } {
  const pair = db.mentoringPairs.find((p) => p.id === pairId)
  if (!pair) throw notFound('该结对')
  if (!pair.records.some((r) => r.id === id)) throw notFound('该帮扶记录')
  const changed: MentoringPair = { ...pair, records: pair.records.filter((r) => r.id !== id), updatedAt: stamp.now }
  return { db: { ...db, mentoringPairs: db.mentoringPairs.map((p) => (p.id === pair.id ? changed : p)) }, pair: changed }
}

export function pairView(db: Readonly<Database>, pair: MentoringPair): MentoringPairView {
  return { ...pair, helperName: personName(db, pair.helperId), helpedName: helpedName(db, pair) }
}

import type { z } from 'zod'
import type { Database } from '@shared/model/database'
import { conflict, invalid, notFound } from '@shared/errors'
import { yearOfDay } from '@shared/followup/holder'
import type { Chase, ChaseSubject, chaseDraftSchema } from '@shared/followup/ledger'
import { notLater, type Stamp } from './names'
import { itemReminder } from './reminders'
import { rectificationKey } from './rectifications'

/*
 * 检查催办 records. What was chased is named by its reminder key, so any stage's overdue thing can be
 * chased; an item of this stage's own ledger is named afresh from the item itself.
 */

/** The ledger item behind a key, as a chase names it; null for another stage's key. */
export function ownSubject(db: Readonly<Database>, key: string): ChaseSubject | null {
  const item = db.rectifications.find((r) => rectificationKey(r.id) === key)
  if (!item) {
    if (key.startsWith(rectificationKey(''))) throw notFound('该整改事项')
    return null
  }
  if (item.status === 'closed') throw conflict('该整改事项已销号，不需要再催办')
  const { stage, kind, title, ownerName, dueOn } = itemReminder(db, item, item.deadline)
  return { key, stage, kind, title, ownerName, dueOn }
}

export function saveChase(db: Database, draft: z.output<typeof chaseDraftSchema>, stamp: Stamp): { db: Database; chase: Chase } {
  const existing = draft.id ? db.chases.find((c) => c.id === draft.id) : undefined
  if (draft.id && !existing) throw notFound('该催办记录')
  notLater(draft.on, stamp.today, '催办日期')
  if (draft.repliedOn) {
    notLater(draft.repliedOn, stamp.today, '回复日期')
    if (draft.repliedOn < draft.on) throw invalid('回复日期不能早于催办日期')
  }
  // A record keeps what it chased: editing it later changes the words, never the thing chased.
  const subject = existing?.subject ?? ownSubject(db, draft.subject.key) ?? draft.subject
  const chase: Chase = {
    id: existing?.id ?? stamp.newId(),
    year: yearOfDay(draft.on),
    subject,
    on: draft.on,
    way: draft.way,
    toWhom: draft.toWhom,
    asked: draft.asked,
    reply: draft.reply,
    repliedOn: draft.repliedOn,
    createdAt: existing?.createdAt ?? stamp.now
  }
  const chases = existing ? db.chases.map((c) => (c.id === chase.id ? chase : c)) : [...db.chases, chase]
  return { db: { ...db, chases }, chase }
}

export function deleteChase(db: Database, id: string): { db: Database; message: string } {
  const chase = db.chases.find((c) => c.id === id)
  if (!chase) throw notFound('该催办记录')
  const left = db.chases.filter((c) => c.subject.key === chase.subject.key).length - 1
  return {
    db: { ...db, chases: db.chases.filter((c) => c.id !== id) },
    message: `已删除${chase.on}的催办记录；该事项${left ? `其余${left}条催办记录保留` : '已没有其他催办记录'}`
  }
}

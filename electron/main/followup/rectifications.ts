import type { z } from 'zod'
import type { Database } from '@shared/model/database'
import { conflict, invalid, notFound } from '@shared/errors'
import type { Finding } from '@shared/model/finding'
import type { RectificationView } from '@shared/followup/contract'
import { type Feedback, type Rectification, type RectificationOwner, RECTIFICATION_STATUS_LABELS, rectificationDraftSchema } from '@shared/followup/ledger'
import { daysPastDeadline, isOverdue, verifierProblem } from '@shared/followup/rectification-rules'
import { liveHolder, livePerson, notLater, type Stamp } from './names'

/*
 * 整改台账 as pure changes of the database: each returns the new database and the item, or throws
 * an AppError and changes nothing. Status moves only by the commands below, never by the form.
 */

/** The key chases and reminders use for an item. */
export const rectificationKey = (id: string) => `followup/rectifications/${id}`

/** Days a new item from a finding gets when the finding sets no date still ahead. */
const DEFAULT_DAYS = 30

/** How often each key was chased, counted once for a whole list (not once per item). */
export function chaseCounts(db: Readonly<Database>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const chase of db.chases) counts.set(chase.subject.key, (counts.get(chase.subject.key) ?? 0) + 1)
  return counts
}

export function rectificationView(db: Readonly<Database>, item: Rectification, today: string, counts: ReadonlyMap<string, number> = chaseCounts(db)): RectificationView {
  return {
    ...item,
    overdue: isOverdue(item, today),
    daysPastDeadline: daysPastDeadline(item, today),
    chaseCount: counts.get(rectificationKey(item.id)) ?? 0
  }
}

function found(db: Readonly<Database>, id: string): Rectification {
  const item = db.rectifications.find((r) => r.id === id)
  if (!item) throw notFound('该整改事项')
  return item
}

function replace(db: Database, item: Rectification): Database {
  return { ...db, rectifications: db.rectifications.map((r) => (r.id === item.id ? item : r)) }
}

function checkOwnerAndLeader(db: Readonly<Database>, owner: RectificationOwner, leaderId: string | null) {
  if (owner.kind !== 'unit' && !owner.id) throw invalid('整改责任人：请选择人员或班组')
  liveHolder(db, owner, '整改责任人')
  if (leaderId) livePerson(db, leaderId, '督导领导')
}

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** One click on a finding: an item linked to it, refused when the finding already has one. */
export function rectificationFromFinding(db: Database, finding: Finding, deadline: string | undefined, stamp: Stamp): { db: Database; item: Rectification } {
  const twin = db.rectifications.find((r) => r.findingKey === finding.key)
  if (twin) throw conflict(`这条问题已列入整改台账（${RECTIFICATION_STATUS_LABELS[twin.status]}），请在原整改事项上继续`)
  const owner: RectificationOwner = finding.owner.kind === 'unit' || !finding.owner.id ? { kind: 'unit', id: null } : { kind: finding.owner.kind, id: finding.owner.id }
  const due = deadline ?? (finding.dueOn && finding.dueOn >= stamp.today ? finding.dueOn : addDays(stamp.today, DEFAULT_DAYS))
  const item: Rectification = {
    id: stamp.newId(),
    year: finding.year,
    kind: finding.kind,
    findingKey: finding.key,
    source: finding.source,
    sourceTitle: finding.sourceTitle.slice(0, 100),
    problem: finding.text.slice(0, 300),
    owner,
    leaderId: owner.kind === 'team' ? (db.teams.find((t) => t.id === owner.id)?.leaderId ?? null) : null,
    measures: finding.measures.slice(0, 500),
    deadline: due,
    status: 'pending',
    progress: [],
    evidence: '',
    completedOn: null,
    closeOut: null,
    feedback: null,
    confidential: finding.confidential,
    createdAt: stamp.now,
    updatedAt: stamp.now
  }
  return { db: { ...db, rectifications: [...db.rectifications, item] }, item }
}

/** A new item by hand, or the words of an existing one; a closed item is a record and stays as it was closed. */
export function saveRectification(db: Database, draft: z.output<typeof rectificationDraftSchema>, stamp: Stamp): { db: Database; item: Rectification } {
  const existing = draft.id ? found(db, draft.id) : undefined
  if (existing?.status === 'closed') throw conflict('已销号的整改事项不能修改')
  checkOwnerAndLeader(db, draft.owner, draft.leaderId)
  const owner = draft.owner.kind === 'unit' ? { kind: 'unit' as const, id: null } : draft.owner
  const words = { year: draft.year, sourceTitle: draft.sourceTitle, problem: draft.problem, owner, leaderId: draft.leaderId, measures: draft.measures, deadline: draft.deadline }
  if (existing) {
    // A finding's item keeps its source kind: only an item typed in by hand says where it came from.
    const item: Rectification = { ...existing, ...words, kind: existing.findingKey ? existing.kind : draft.kind, updatedAt: stamp.now }
    return { db: replace(db, item), item }
  }
  const item: Rectification = {
    id: stamp.newId(),
    ...words,
    kind: draft.kind,
    findingKey: null,
    source: null,
    status: 'pending',
    progress: [],
    evidence: '',
    completedOn: null,
    closeOut: null,
    feedback: null,
    confidential: false,
    createdAt: stamp.now,
    updatedAt: stamp.now
  }
  return { db: { ...db, rectifications: [...db.rectifications, item] }, item }
}

/** A progress note; the first one starts the work (待整改 → 整改中). */
export function addProgress(db: Database, id: string, on: string, text: string, stamp: Stamp): { db: Database; item: Rectification } {
  const current = found(db, id)
  if (current.status === 'closed') throw conflict('该事项已销号，不能再记录进展')
  notLater(on, stamp.today, '进展日期')
  const item: Rectification = {
    ...current,
    status: current.status === 'pending' ? 'inProgress' : current.status,
    progress: [...current.progress, { id: stamp.newId(), on, text, rejected: false }],
    updatedAt: stamp.now
  }
  return { db: replace(db, item), item }
}

/** The owner reports it done, with what shows it: it now waits for someone else to check it. */
export function completeRectification(db: Database, id: string, completedOn: string, evidence: string, stamp: Stamp): { db: Database; item: Rectification } {
  const current = found(db, id)
  if (current.status === 'awaitingCheck') throw conflict('该事项已提交验收，请等待验收')
  if (current.status === 'closed') throw conflict('该事项已销号')
  notLater(completedOn, stamp.today, '完成日期')
  const item: Rectification = { ...current, status: 'awaitingCheck', completedOn, evidence, updatedAt: stamp.now }
  return { db: replace(db, item), item }
}

export interface CheckInput {
  verifierId: string
  on: string
  passed: boolean
  check: string
}

/**
 * 对单销号: someone other than the owner checks the result. Passed, the item is closed with the
 * check; not passed, it goes back to 整改中 and the reason joins its notes.
 */
export function checkRectification(db: Database, id: string, input: CheckInput, stamp: Stamp): { db: Database; item: Rectification } {
  const current = found(db, id)
  if (current.status !== 'awaitingCheck') throw conflict(`事项当前为“${RECTIFICATION_STATUS_LABELS[current.status]}”，责任人报告整改完成后才能验收`)
  livePerson(db, input.verifierId, '验收人')
  const teamOf = (personId: string) => db.people.find((p) => p.id === personId)?.teamId ?? null
  const problem = verifierProblem(current, input.verifierId, teamOf)
  if (problem) throw invalid(problem)
  notLater(input.on, stamp.today, '验收日期')
  if (current.completedOn && input.on < current.completedOn) throw invalid('验收日期不能早于完成日期')
  const item: Rectification = input.passed
    ? { ...current, status: 'closed', closeOut: { verifierId: input.verifierId, on: input.on, check: input.check }, updatedAt: stamp.now }
    : {
        ...current,
        status: 'inProgress',
        completedOn: null,
        progress: [...current.progress, { id: stamp.newId(), on: input.on, text: `验收未通过：${input.check}`.slice(0, 300), rejected: true }],
        updatedAt: stamp.now
      }
  return { db: replace(db, item), item }
}

/** 反馈: the source is told how it was fixed, after the item is closed out. */
export function recordFeedback(db: Database, id: string, feedback: Feedback, stamp: Stamp): { db: Database; item: Rectification } {
  const current = found(db, id)
  if (current.status !== 'closed' || !current.closeOut) throw conflict('整改事项销号后才能向问题来源反馈')
  notLater(feedback.on, stamp.today, '反馈日期')
  if (feedback.on < current.closeOut.on) throw invalid('反馈日期不能早于销号日期')
  const item: Rectification = { ...current, feedback, updatedAt: stamp.now }
  return { db: replace(db, item), item }
}

/** Only an item not yet closed may go; its chases go with it, the finding stays where it was. */
export function deleteRectification(db: Database, id: string): { db: Database; message: string } {
  const item = found(db, id)
  if (item.status === 'closed') throw conflict('已销号的整改事项是台账记录，不能删除')
  const key = rectificationKey(id)
  const chases = db.chases.filter((c) => c.subject.key === key).length
  const said = `已删除整改事项“${item.problem.slice(0, 20)}${item.problem.length > 20 ? '…' : ''}”${chases ? `及其${chases}条催办记录` : ''}`
  const kept = item.findingKey ? '；问题来源的记录未改动，需要时可重新列入台账' : ''
  return {
    db: { ...db, rectifications: db.rectifications.filter((r) => r.id !== id), chases: db.chases.filter((c) => c.subject.key !== key) },
    message: said + kept
  }
}

import type { z } from 'zod'
import type { Database } from '@shared/model/database'
import { conflict, invalid, notFound } from '@shared/errors'
import type { TrainingPlanView } from '@shared/compete/training/contract'
import { progressNoteDraftSchema, trainingPlanDraftSchema, type TrainingPlan } from '@shared/compete/training/model'
import { daysOverdue, isOpen, isOverdue } from '@shared/compete/training/rules'
import { chosenPerson, datedLineProblem, personName, rosterIndex, type RosterIndex } from './names'

/*
 * 人才培养计划 as pure changes of the database: each returns the new database and the plan, or
 * throws an AppError and changes nothing.
 */

export interface Stamp {
  now: string
  today: string
  newId: () => string
}

export function savePlan(db: Database, draft: z.output<typeof trainingPlanDraftSchema>, stamp: Stamp): { db: Database; plan: TrainingPlan } {
  const existing = draft.id ? db.trainingPlans.find((p) => p.id === draft.id) : undefined
  if (draft.id && !existing) throw notFound('该培养计划')
  const person = chosenPerson(db, draft.personId, '培养对象', existing?.personId)
  if (person.isOutsider) throw invalid(`${person.name}是单位外的特约监督员，不列入人才培养计划`)
  if (draft.mentorId) chosenPerson(db, draft.mentorId, '导师', existing?.mentorId)
  // An open plan has no result day; the words typed so far are kept.
  const finishedOn = isOpen(draft) ? null : draft.finishedOn
  if (finishedOn && finishedOn > stamp.today) throw invalid('结束日期不能晚于今天')
  const twin = db.trainingPlans.find((p) => p.id !== existing?.id && p.year === draft.year && p.personId === draft.personId && p.target === draft.target)
  if (twin) throw conflict(`${person.name}${draft.year}年度已有培养目标相同的计划，请在原计划上修改`)
  const notes = existing?.notes ?? []
  const early = notes.find((n) => n.date < draft.startOn)
  if (early) throw invalid(`已有${early.date}的进展记录，开始日期不能晚于它`)
  const plan: TrainingPlan = {
    ...draft,
    id: existing?.id ?? stamp.newId(),
    finishedOn,
    notes,
    createdAt: existing?.createdAt ?? stamp.now,
    updatedAt: stamp.now
  }
  const trainingPlans = existing ? db.trainingPlans.map((p) => (p.id === plan.id ? plan : p)) : [...db.trainingPlans, plan]
  return { db: { ...db, trainingPlans }, plan }
}

export function deletePlan(db: Database, id: string): { db: Database; message: string } {
  const plan = db.trainingPlans.find((p) => p.id === id)
  if (!plan) throw notFound('该培养计划')
  const notes = plan.notes.length ? `及其${plan.notes.length}条进展记录` : ''
  return {
    db: { ...db, trainingPlans: db.trainingPlans.filter((p) => p.id !== id) },
    message: `已删除${personName(db, plan.personId)}的培养计划“${plan.target}”${notes}；花名册中的人员不受影响`
  }
}

/** A 进展记录 on a 计划中 plan means the plan has begun: it moves on to 进行中. */
export function saveNote(db: Database, draft: z.output<typeof progressNoteDraftSchema>, stamp: Stamp): { db: Database; plan: TrainingPlan } {
  const plan = db.trainingPlans.find((p) => p.id === draft.planId)
  if (!plan) throw notFound('该培养计划')
  if (draft.id && !plan.notes.some((n) => n.id === draft.id)) throw notFound('该进展记录')
  const problem = datedLineProblem(draft.date, plan.startOn, stamp.today, '进展记录', '培养计划的开始日期')
  if (problem) throw invalid(problem)
  const note = { id: draft.id ?? stamp.newId(), date: draft.date, content: draft.content }
  const notes = (draft.id ? plan.notes.map((n) => (n.id === note.id ? note : n)) : [...plan.notes, note]).sort((a, b) => a.date.localeCompare(b.date))
  const changed: TrainingPlan = { ...plan, notes, status: plan.status === 'planned' ? 'running' : plan.status, updatedAt: stamp.now }
  return { db: { ...db, trainingPlans: db.trainingPlans.map((p) => (p.id === plan.id ? changed : p)) }, plan: changed }
}

export function deleteNote(db: Database, planId: string, id: string, stamp: Stamp): { db: Database; plan: TrainingPlan } {
  const plan = db.trainingPlans.find((p) => p.id === planId)
  if (!plan) throw notFound('该培养计划')
  if (!plan.notes.some((n) => n.id === id)) throw notFound('该进展记录')
  const changed: TrainingPlan = { ...plan, notes: plan.notes.filter((n) => n.id !== id), updatedAt: stamp.now }
  return { db: { ...db, trainingPlans: db.trainingPlans.map((p) => (p.id === plan.id ? changed : p)) }, plan: changed }
}

export function planView(db: Readonly<Database>, plan: TrainingPlan, today: string, roster: RosterIndex = rosterIndex(db)): TrainingPlanView {
  const person = roster.person(plan.personId)
  return {
    ...plan,
    personName: roster.personName(plan.personId),
    teamName: roster.teamName(person?.teamId ?? null),
    mentorName: roster.personName(plan.mentorId),
    overdue: isOverdue(plan, today),
    daysOverdue: daysOverdue(plan, today)
  }
}

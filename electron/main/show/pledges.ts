import type { Database } from '@shared/model/database'
import { conflict, invalid, notFound } from '@shared/errors'
import { whyNotTakingPart } from '@shared/rules/participation'
import {
  PERSON_PLEDGE_ITEMS,
  PLEDGE_STATUS_LABELS,
  pledgeDraftSchema,
  type Pledge,
  type PledgeAction,
  type PledgeScope
} from '@shared/show/model'
import type { z } from 'zod'
import { deadlineYearProblem, doneItems, overdueItems } from '@shared/rules/pledge-deadlines'
import { finalizeAssessments } from '@shared/rules/pledge-assessment-basis'
import { allowedActions, isEditable, transition } from '@shared/rules/pledge-workflow'
import type { PledgeView } from '@shared/show/contract'

/*
 * Pledges as pure changes of the database: each function returns the new database and what the
 * handler answers, or throws an AppError and changes nothing.
 */

export interface Stamp {
  now: string
  today: string
  newId: () => string
}

type ParsedDraft = z.output<typeof pledgeDraftSchema>

export function savePledge(db: Database, draft: ParsedDraft, stamp: Stamp): { db: Database; pledge: Pledge } {
  const existing = draft.id ? db.pledges.find((p) => p.id === draft.id) : undefined
  if (draft.id && !existing) throw notFound('该承诺')
  if (existing && !isEditable(existing.status)) {
    throw conflict(`承诺当前为“${PLEDGE_STATUS_LABELS[existing.status]}”，不能修改；如需修改，请支部先退回`)
  }
  const owner = checkOwner(db, draft.scope, draft.personId, draft.teamId)
  if (draft.scope === 'person' && draft.items.length > PERSON_PLEDGE_ITEMS.max) throw invalid(`党员承诺不超过${PERSON_PLEDGE_ITEMS.max}项`)
  const twin = db.pledges.find((p) => p.id !== existing?.id && p.year === draft.year && p.scope === draft.scope && p.personId === owner.personId && p.teamId === owner.teamId)
  if (twin) throw conflict(`${ownerLabel(db, twin)}${draft.year}年度已有承诺，请在原承诺上修改`)
  draft.items.forEach((item, n) => {
    if (item.responsibleId && !db.people.some((p) => p.id === item.responsibleId && !p.deletedAt)) throw invalid('所选责任人不存在或已被删除')
    const outOfYear = deadlineYearProblem(item.deadline, draft.year)
    if (outOfYear) throw invalid(`第${n + 1}项：${outOfYear}`)
  })
  const pledge: Pledge = {
    id: existing?.id ?? stamp.newId(),
    year: draft.year,
    scope: draft.scope,
    ...owner,
    items: draft.items.map((item) => ({ ...item, id: item.id ?? stamp.newId(), responsibleId: draft.scope === 'person' ? null : item.responsibleId })),
    summary: draft.summary,
    status: existing?.status ?? 'draft',
    returnReason: existing?.returnReason ?? '',
    history: existing?.history ?? [],
    createdAt: existing?.createdAt ?? stamp.now,
    updatedAt: stamp.now
  }
  const pledges = existing ? db.pledges.map((p) => (p.id === pledge.id ? pledge : p)) : [...db.pledges, pledge]
  return { db: { ...db, pledges }, pledge }
}

function checkOwner(db: Database, scope: PledgeScope, personId: string | null, teamId: string | null) {
  if (scope === 'person') {
    const person = personId ? db.people.find((p) => p.id === personId && !p.deletedAt) : undefined
    if (!person) throw invalid('请选择作出承诺的党员')
    const why = whyNotTakingPart(person)
    if (why) throw invalid(`${why}，不能作出党员承诺`)
    return { personId: person.id, teamId: null }
  }
  if (scope === 'team') {
    const team = teamId ? db.teams.find((t) => t.id === teamId && !t.deletedAt) : undefined
    if (!team) throw invalid('请选择作出承诺的班组')
    return { personId: null, teamId: team.id }
  }
  return { personId: null, teamId: null }
}

export function ownerLabel(db: Readonly<Database>, pledge: Pick<Pledge, 'scope' | 'personId' | 'teamId'>): string {
  if (pledge.scope === 'person') return db.people.find((p) => p.id === pledge.personId)?.name ?? '（已删除人员）'
  if (pledge.scope === 'team') return db.teams.find((t) => t.id === pledge.teamId)?.name ?? '（已删除班组）'
  return db.settings.branchName || '党支部'
}

/** Only what has not been made public may be deleted: a public pledge is a record. */
export function deletePledge(db: Database, id: string): Database {
  const pledge = db.pledges.find((p) => p.id === id)
  if (!pledge) throw notFound('该承诺')
  if (!['draft', 'returned', 'submitted'].includes(pledge.status)) throw conflict('已审核或已公开的承诺不能删除')
  return { ...db, pledges: db.pledges.filter((p) => p.id !== id), fulfilments: db.fulfilments.filter((f) => f.pledgeId !== id) }
}

/** 完成评诺 also makes the pledges' assessments final: they keep the settings of this moment. */
export function transitionPledges(db: Database, ids: readonly string[], action: PledgeAction, reason: string, at: string): { db: Database; pledges: Pledge[] } {
  const moved = new Map<string, Pledge>()
  for (const id of new Set(ids)) {
    const pledge = db.pledges.find((p) => p.id === id)
    if (!pledge) throw notFound('该承诺')
    const outcome = transition(pledge, action, at, reason)
    if (!outcome.ok) throw conflict(ids.length > 1 ? `${ownerLabel(db, pledge)}：${outcome.message}` : outcome.message)
    moved.set(id, outcome.pledge)
  }
  const pledgeAssessments = action === 'finish' ? finalizeAssessments(db.pledgeAssessments, new Set(moved.keys()), db.showSettings.assessment, at) : db.pledgeAssessments
  return { db: { ...db, pledges: db.pledges.map((p) => moved.get(p.id) ?? p), pledgeAssessments }, pledges: [...moved.values()] }
}

export function pledgeView(db: Readonly<Database>, pledge: Pledge, today: string): PledgeView {
  const overdue = overdueItems([pledge], db.fulfilments, today)
  return { ...pledge, allowedActions: allowedActions(pledge.status), overdueItemIds: overdue.map((o) => o.item.id), doneItems: doneItems(pledge, db.fulfilments) }
}

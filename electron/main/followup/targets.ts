import type { z } from 'zod'
import type { Database } from '@shared/model/database'
import { invalid, notFound } from '@shared/errors'
import type { ResponsibilityTarget, targetCheckDraftSchema, targetDraftSchema } from '@shared/followup/targets'
import { holderName, liveHolder, livePerson, notLater, type Stamp } from './names'

/* 目标责任: a target per leader or team for the year; checks are added one by one and never rewritten by the form. */

export function saveTarget(db: Database, draft: z.output<typeof targetDraftSchema>, stamp: Stamp): { db: Database; target: ResponsibilityTarget } {
  const existing = draft.id ? db.responsibilityTargets.find((t) => t.id === draft.id) : undefined
  if (draft.id && !existing) throw notFound('该目标责任')
  liveHolder(db, draft.holder, '责任主体')
  if (draft.ownerId) livePerson(db, draft.ownerId, '责任人')
  const outside = draft.checkDates.find((day) => Number(day.slice(0, 4)) !== draft.year)
  if (outside) throw invalid(`检查时间：${outside}不在${draft.year}年内`)
  const target: ResponsibilityTarget = {
    id: existing?.id ?? stamp.newId(),
    year: draft.year,
    holder: draft.holder,
    target: draft.target,
    measures: draft.measures,
    ownerId: draft.ownerId,
    checkDates: [...new Set(draft.checkDates)].sort(),
    checks: existing?.checks ?? [],
    createdAt: existing?.createdAt ?? stamp.now,
    updatedAt: stamp.now
  }
  const list = existing ? db.responsibilityTargets.map((t) => (t.id === target.id ? target : t)) : [...db.responsibilityTargets, target]
  return { db: { ...db, responsibilityTargets: list }, target }
}

export function checkTarget(db: Database, draft: z.output<typeof targetCheckDraftSchema>, stamp: Stamp): { db: Database; target: ResponsibilityTarget } {
  const current = db.responsibilityTargets.find((t) => t.id === draft.targetId)
  if (!current) throw notFound('该目标责任')
  notLater(draft.on, stamp.today, '检查日期')
  const checks = [...current.checks, { id: stamp.newId(), on: draft.on, result: draft.result, note: draft.note }].sort((a, b) => a.on.localeCompare(b.on))
  const target = { ...current, checks, updatedAt: stamp.now }
  return { db: { ...db, responsibilityTargets: db.responsibilityTargets.map((t) => (t.id === target.id ? target : t)) }, target }
}

export function deleteTarget(db: Database, id: string): { db: Database; message: string } {
  const target = db.responsibilityTargets.find((t) => t.id === id)
  if (!target) throw notFound('该目标责任')
  const checks = target.checks.length ? `及其${target.checks.length}次检查结果` : ''
  return {
    db: { ...db, responsibilityTargets: db.responsibilityTargets.filter((t) => t.id !== id) },
    message: `已删除${holderName(db, target.holder)}的目标责任${checks}；其他目标不变`
  }
}

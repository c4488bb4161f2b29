import type { z } from 'zod'
import type { Database } from '@shared/model/database'
import { conflict, invalid, notFound } from '@shared/errors'
import { assessmentDraftSchema, fulfilmentDraftSchema, type AssessmentConfig, type Fulfilment, type Pledge, type PledgeAssessment } from '@shared/show/model'
import { assessmentProblem } from '@shared/rules/pledge-assessment'
import { basisOf, configOf, recomputation, sameConfig, type Recomputation } from '@shared/rules/pledge-assessment-basis'
import { isActive, transition } from '@shared/rules/pledge-workflow'
import type { Stamp } from './pledges'

/* 践诺 and 评诺: records kept against a public pledge. Pure changes, like pledges.ts. */

function activePledge(db: Database, pledgeId: string, doing: string): Pledge {
  const pledge = db.pledges.find((p) => p.id === pledgeId)
  if (!pledge) throw notFound('该承诺')
  if (!isActive(pledge.status)) throw conflict(`承诺公开后才能${doing}`)
  return pledge
}

/** Saving the first record of a published pledge moves it on to 践诺中. */
export function saveFulfilment(db: Database, draft: z.output<typeof fulfilmentDraftSchema>, stamp: Stamp): { db: Database; fulfilment: Fulfilment } {
  const existing = draft.id ? db.fulfilments.find((f) => f.id === draft.id) : undefined
  if (draft.id && !existing) throw notFound('该践诺记录')
  if (existing && existing.pledgeId !== draft.pledgeId) throw invalid('践诺记录不能移到另一条承诺下')
  const pledge = activePledge(db, draft.pledgeId, '记录践诺情况')
  if (draft.itemId && !pledge.items.some((item) => item.id === draft.itemId)) throw invalid('所选承诺事项不属于该承诺')
  if (draft.date > stamp.today) throw invalid('践诺日期不能晚于今天')
  const fulfilment: Fulfilment = { ...draft, id: existing?.id ?? stamp.newId(), createdAt: existing?.createdAt ?? stamp.now }
  const fulfilments = existing ? db.fulfilments.map((f) => (f.id === fulfilment.id ? fulfilment : f)) : [...db.fulfilments, fulfilment]
  const started = pledge.status === 'published' ? transition(pledge, 'startFulfilling', stamp.now) : null
  const pledges = started?.ok ? db.pledges.map((p) => (p.id === pledge.id ? started.pledge : p)) : db.pledges
  return { db: { ...db, fulfilments, pledges }, fulfilment }
}

export function deleteFulfilment(db: Database, id: string): Database {
  if (!db.fulfilments.some((f) => f.id === id)) throw notFound('该践诺记录')
  return { ...db, fulfilments: db.fulfilments.filter((f) => f.id !== id) }
}

/**
 * One assessment per pledge and period: saving again replaces its grades and words. A final one
 * keeps its basis (the grades are read on that scale); one first saved after 完成评诺 is final at once.
 */
export function saveAssessment(db: Database, draft: z.output<typeof assessmentDraftSchema>, stamp: Stamp): { db: Database; assessment: PledgeAssessment } {
  const pledge = activePledge(db, draft.pledgeId, '评诺')
  const existing = db.pledgeAssessments.find((a) => a.pledgeId === draft.pledgeId && a.period === draft.period)
  const current = db.showSettings.assessment
  const basis = existing?.basis ?? (pledge.status === 'assessed' ? basisOf(current, 'save', stamp.now) : null)
  const problem = assessmentProblem(configOf({ basis }, current), pledge, draft.grades)
  if (problem) throw invalid(problem)
  if (draft.assessedOn > stamp.today) throw invalid('评诺日期不能晚于今天')
  const assessment: PledgeAssessment = {
    ...draft,
    basis,
    id: existing?.id ?? stamp.newId(),
    createdAt: existing?.createdAt ?? stamp.now,
    updatedAt: stamp.now
  }
  const pledgeAssessments = existing ? db.pledgeAssessments.map((a) => (a.id === existing.id ? assessment : a)) : [...db.pledgeAssessments, assessment]
  return { db: { ...db, pledgeAssessments }, assessment }
}

export function deleteAssessment(db: Database, id: string): Database {
  if (!db.pledgeAssessments.some((a) => a.id === id)) throw notFound('该评诺记录')
  return { ...db, pledgeAssessments: db.pledgeAssessments.filter((a) => a.id !== id) }
}

function finalAssessment(db: Readonly<Database>, id: string): { assessment: PledgeAssessment; pledge: Pledge } {
  const assessment = db.pledgeAssessments.find((a) => a.id === id)
  if (!assessment) throw notFound('该评诺记录')
  const pledge = db.pledges.find((p) => p.id === assessment.pledgeId)
  if (!pledge) throw notFound('该评诺所属的承诺')
  if (!assessment.basis) throw conflict('该评诺尚未定稿，结果随当前评诺设置计算，不需要重新计算')
  return { assessment, pledge }
}

export function previewRecompute(db: Readonly<Database>, id: string): Recomputation & { assessmentId: string } {
  const { assessment, pledge } = finalAssessment(db, id)
  return { assessmentId: id, ...recomputation(pledge, assessment, db.showSettings.assessment) }
}

/** 重新计算, after the user saw the change: only with the settings shown to them. */
export function recomputeAssessment(db: Database, id: string, seen: AssessmentConfig, stamp: Stamp): { db: Database; assessment: PledgeAssessment } {
  const { assessment } = finalAssessment(db, id)
  const current = db.showSettings.assessment
  if (!sameConfig(seen, current)) throw conflict('评诺等次或权重在此期间有改动，请重新查看变化后再确认')
  const problem = assessmentProblem(current, db.pledges.find((p) => p.id === assessment.pledgeId)!, assessment.grades)
  if (problem) throw invalid(`按当前设置无法计算：${problem}`)
  const recomputed: PledgeAssessment = { ...assessment, basis: basisOf(current, 'recompute', stamp.now), updatedAt: stamp.now }
  return { db: { ...db, pledgeAssessments: db.pledgeAssessments.map((a) => (a.id === id ? recomputed : a)) }, assessment: recomputed }
}

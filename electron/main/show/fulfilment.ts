import type { z } from 'zod'
import type { Database } from '@shared/model/database'
import { conflict, invalid, notFound } from '@shared/errors'
import { assessmentDraftSchema, fulfilmentDraftSchema, type Fulfilment, type Pledge, type PledgeAssessment } from '@shared/show/model'
import { gradesProblem } from '@shared/rules/pledge-assessment'
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

/** One assessment per pledge and period: saving again replaces it. */
export function saveAssessment(db: Database, draft: z.output<typeof assessmentDraftSchema>, stamp: Stamp): { db: Database; assessment: PledgeAssessment } {
  const pledge = activePledge(db, draft.pledgeId, '评诺')
  const problem = gradesProblem(db.showSettings.assessment, pledge, draft.grades)
  if (problem) throw invalid(problem)
  if (draft.assessedOn > stamp.today) throw invalid('评诺日期不能晚于今天')
  const existing = db.pledgeAssessments.find((a) => a.pledgeId === draft.pledgeId && a.period === draft.period)
  const assessment: PledgeAssessment = {
    ...draft,
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

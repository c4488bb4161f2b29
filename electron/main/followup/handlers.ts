import { randomUUID } from 'node:crypto'
import type { Database } from '@shared/model/database'
import { notFound } from '@shared/errors'
import { localDay } from '@shared/rules/dates'
import type { PartHandlers } from '../ipc/dispatch'
import type { Services } from '../services'
import type { AcrossStages } from '../stage'
import { deleteChase, saveChase } from './chases'
import { deleteAssessmentRecord, deleteFund, deleteRewardPenalty, saveAssessmentRecord, saveFund, saveRewardPenalty } from './ledgers'
import type { Stamp } from './names'
import {
  addProgress,
  chaseCounts,
  checkRectification,
  completeRectification,
  deleteRectification,
  recordFeedback,
  rectificationFromFinding,
  rectificationView,
  saveRectification
} from './rectifications'
import { checkTarget, deleteTarget, saveTarget } from './targets'

type FollowupHandlers = PartHandlers<'followup'>

const ofYear = <T extends { year: number }>(list: readonly T[], year: number | undefined) => list.filter((x) => !year || x.year === year)
const byDay = <T extends { on: string }>(list: T[]) => list.sort((a, b) => a.on.localeCompare(b.on))

/** 跟踪: every channel is one pure change written once (store.change), or a read. */
export function followupHandlers(services: Services, stages: AcrossStages): FollowupHandlers {
  const { host } = services
  const today = () => localDay(services.now())
  const stamp = (): Stamp => ({ now: services.now().toISOString(), today: today(), newId: randomUUID })
  const store = () => host.store()

  const itemChange = async (apply: (db: Database, s: Stamp) => { db: Database; item: Database['rectifications'][number] }) => {
    const s = stamp()
    const { db, item } = await store().change((current) => apply(current, s))
    return rectificationView(db, item, s.today)
  }

  return {
    findings: (input) => {
      const db = host.data()
      const taken = new Map(db.rectifications.filter((r) => r.findingKey).map((r) => [r.findingKey!, r.id]))
      return stages
        .findings(db)
        .filter((f) => !input?.year || f.year === input.year)
        .map((f) => ({ ...f, rectificationId: taken.get(f.key) ?? null }))
    },
    rectifications: (input) => {
      const db = host.data()
      const counts = chaseCounts(db)
      return ofYear(db.rectifications, input?.year).map((item) => rectificationView(db, item, today(), counts))
    },
    rectificationFromFinding: ({ key, deadline }) =>
      itemChange((db, s) => {
        const finding = stages.findings(db).find((f) => f.key === key)
        if (!finding) throw notFound('这条问题')
        return rectificationFromFinding(db, finding, deadline, s)
      }),
    rectificationSave: (draft) => itemChange((db, s) => saveRectification(db, draft, s)),
    rectificationProgress: ({ id, on, text }) => itemChange((db, s) => addProgress(db, id, on, text, s)),
    rectificationComplete: ({ id, completedOn, evidence }) => itemChange((db, s) => completeRectification(db, id, completedOn, evidence, s)),
    rectificationCheck: ({ id, ...check }) => itemChange((db, s) => checkRectification(db, id, check, s)),
    rectificationFeedback: ({ id, ...feedback }) => itemChange((db, s) => recordFeedback(db, id, feedback, s)),
    rectificationDelete: async ({ id }) => ({ message: (await store().change((db) => deleteRectification(db, id))).message }),

    chases: (input) => byDay(host.data().chases.filter((c) => (!input?.key || c.subject.key === input.key) && (!input?.year || c.year === input.year))),
    chaseSave: async (draft) => (await store().change((db) => saveChase(db, draft, stamp()))).chase,
    chaseDelete: async ({ id }) => ({ message: (await store().change((db) => deleteChase(db, id))).message }),

    targets: (input) => ofYear(host.data().responsibilityTargets, input?.year),
    targetSave: async (draft) => (await store().change((db) => saveTarget(db, draft, stamp()))).target,
    targetCheck: async (draft) => (await store().change((db) => checkTarget(db, draft, stamp()))).target,
    targetDelete: async ({ id }) => ({ message: (await store().change((db) => deleteTarget(db, id))).message }),

    funds: (input) => byDay(ofYear(host.data().fundLines, input?.year)),
    fundSave: async (draft) => (await store().change((db) => saveFund(db, draft, stamp()))).line,
    fundDelete: async ({ id }) => ({ message: (await store().change((db) => deleteFund(db, id))).message }),

    assessmentRecords: (input) => byDay(ofYear(host.data().assessmentRecords, input?.year)),
    assessmentRecordSave: async (draft) => (await store().change((db) => saveAssessmentRecord(db, draft, stamp()))).record,
    assessmentRecordDelete: async ({ id }) => ({ message: (await store().change((db) => deleteAssessmentRecord(db, id))).message }),
    rewardPenalties: (input) => byDay(ofYear(host.data().rewardPenalties, input?.year)),
    rewardPenaltySave: async (draft) => (await store().change((db) => saveRewardPenalty(db, draft, stamp()))).record,
    rewardPenaltyDelete: async ({ id }) => ({ message: (await store().change((db) => deleteRewardPenalty(db, id))).message })
  }
}

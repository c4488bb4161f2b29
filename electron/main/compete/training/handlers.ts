import { randomUUID } from 'node:crypto'
import type { Database } from '@shared/model/database'
import { localDay } from '@shared/rules/dates'
import { isOpen } from '@shared/compete/training/rules'
import type { trainingContract } from '@shared/compete/training/contract'
import type { PartHandlers } from '../../ipc/dispatch'
import type { Services } from '../../services'
import { deletePair, deleteRecord, pairView, savePair, saveRecord } from './pairs'
import { rosterIndex } from './names'
import { deleteNote, deletePlan, planView, saveNote, savePlan, type Stamp } from './plans'

type TrainingHandlers = Pick<PartHandlers<'compete'>, keyof typeof trainingContract>

/** 人才培养计划 and 四帮四促: every change is one durable write of a pure function (plans.ts, pairs.ts). */
export function trainingHandlers(services: Services): TrainingHandlers {
  const { host } = services
  const today = () => localDay(services.now())
  const stamp = (): Stamp => ({ now: services.now().toISOString(), today: today(), newId: randomUUID })
  const change = <T>(apply: (db: Database) => { db: Database } & T) => host.store().change(apply)

  return {
    trainingPlans: (filter) => {
      const db = host.data()
      const roster = rosterIndex(db)
      return db.trainingPlans
        .filter((p) => (!filter?.year || p.year === filter.year) && (!filter?.status || p.status === filter.status))
        .map((p) => planView(db, p, today(), roster))
        .filter((p) => !filter?.overdueOnly || p.overdue)
        // What still needs the officer first, the nearest 完成期限 first; closed plans after them.
        .sort((a, b) => Number(!isOpen(a)) - Number(!isOpen(b)) || a.dueOn.localeCompare(b.dueOn))
    },
    trainingPlanSave: async (draft) => {
      const { db, plan } = await change((current) => savePlan(current, draft, stamp()))
      return planView(db, plan, today())
    },
    trainingPlanDelete: async ({ id }) => ({ message: (await change((db) => deletePlan(db, id))).message }),
    trainingNoteSave: async (draft) => {
      const { db, plan } = await change((current) => saveNote(current, draft, stamp()))
      return planView(db, plan, today())
    },
    trainingNoteDelete: async ({ planId, id }) => {
      const { db, plan } = await change((current) => deleteNote(current, planId, id, stamp()))
      return planView(db, plan, today())
    },

    mentoringPairs: (filter) => {
      const db = host.data()
      return db.mentoringPairs.filter((p) => !filter?.year || p.year === filter.year).map((p) => pairView(db, p))
    },
    mentoringPairSave: async (draft) => {
      const { db, pair } = await change((current) => savePair(current, draft, stamp()))
      return pairView(db, pair)
    },
    mentoringPairDelete: async ({ id }) => ({ message: (await change((db) => deletePair(db, id))).message }),
    mentoringRecordSave: async (draft) => {
      const { db, pair } = await change((current) => saveRecord(current, draft, stamp()))
      return pairView(db, pair)
    },
    mentoringRecordDelete: async ({ pairId, id }) => {
      const { db, pair } = await change((current) => deleteRecord(current, pairId, id, stamp()))
      return pairView(db, pair)
    }
  }
}

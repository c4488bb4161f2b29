import { randomUUID } from 'node:crypto'
import type { Database } from '@shared/model/database'
import type { publicContract } from '@shared/evaluate/public/contract'
import type { PartHandlers } from '../../ipc/dispatch'
import type { Services } from '../../services'
import { boxEntryView, deleteLog, saveBoxEntry, saveForum, savePhoneCheck, saveSupervisorVisit } from './logs'
import { deleteQuestionnaire, deleteResponse, deleteTally, findQuestionnaire, questionnaireView, saveQuestionnaire, saveResponse, saveTally } from './questionnaires'
import { roundResults } from './results'
import { deleteRound, saveRound, type Stamp } from './rounds'

type PublicHandlers = Pick<PartHandlers<'evaluate'>, keyof typeof publicContract>

/** 群众评议's channels: each command one durable write of a pure change (see rounds.ts, questionnaires.ts, logs.ts). */
export function publicHandlers(services: Services): PublicHandlers {
  const { host } = services
  const stamp = (): Stamp => ({ now: services.now().toISOString(), newId: randomUUID })
  const change = <T>(apply: (db: Database) => { db: Database } & T) => host.store().change(apply)

  /** Records of one round, or of every round of one year. */
  const inRound = <T extends { roundId: string }>(list: readonly T[], filter?: { roundId?: string; year?: number }): T[] => {
    if (!filter?.roundId && !filter?.year) return [...list]
    const rounds = new Set(host.data().publicRounds.filter((r) => (!filter.roundId || r.id === filter.roundId) && (!filter.year || r.year === filter.year)).map((r) => r.id))
    return list.filter((r) => rounds.has(r.roundId))
  }
  const removed = async (apply: (db: Database) => { db: Database; said: string }) => ({ said: (await change(apply)).said })

  return {
    publicRounds: (filter) =>
      host
        .data()
        .publicRounds.filter((r) => !filter?.year || r.year === filter.year)
        .sort((a, b) => b.startOn.localeCompare(a.startOn)),
    publicRoundSave: async (draft) => (await change((db) => saveRound(db, draft, stamp()))).round,
    publicRoundDelete: ({ id }) => removed((db) => deleteRound(db, id)),

    questionnaires: (filter) => {
      const db = host.data()
      return inRound(db.questionnaires, filter).map((q) => questionnaireView(db, q))
    },
    questionnaireSave: async (draft) => {
      const { db, questionnaire } = await change((current) => saveQuestionnaire(current, draft, stamp()))
      return questionnaireView(db, questionnaire)
    },
    questionnaireDelete: ({ id }) => removed((db) => deleteQuestionnaire(db, id)),

    publicResponses: ({ questionnaireId }) => {
      const db = host.data()
      findQuestionnaire(db, questionnaireId)
      return db.publicResponses.filter((r) => r.questionnaireId === questionnaireId)
    },
    publicResponseSave: async (draft) => (await change((db) => saveResponse(db, draft, stamp()))).response,
    publicResponseDelete: ({ id }) => removed((db) => deleteResponse(db, id)),
    publicTallies: ({ questionnaireId }) => {
      const db = host.data()
      findQuestionnaire(db, questionnaireId)
      return db.publicTallies.filter((t) => t.questionnaireId === questionnaireId)
    },
    publicTallySave: async (draft) => (await change((db) => saveTally(db, draft, stamp()))).tally,
    publicTallyDelete: ({ id }) => removed((db) => deleteTally(db, id)),

    publicResults: ({ roundId }) => roundResults(host.data(), roundId),

    phoneChecks: (filter) => inRound(host.data().phoneChecks, filter).sort((a, b) => b.date.localeCompare(a.date)),
    phoneCheckSave: async (draft) => (await change((db) => savePhoneCheck(db, draft, stamp()))).record,
    phoneCheckDelete: ({ id }) => removed((db) => deleteLog(db, 'phoneChecks', id)),
    forums: (filter) => inRound(host.data().forums, filter).sort((a, b) => b.date.localeCompare(a.date)),
    forumSave: async (draft) => (await change((db) => saveForum(db, draft, stamp()))).record,
    forumDelete: ({ id }) => removed((db) => deleteLog(db, 'forums', id)),
    supervisors: () =>
      host
        .data()
        .people.filter((p) => p.isOutsider && !p.deletedAt)
        .map((p) => ({ id: p.id, name: p.name, phone: p.phone, note: p.note })),
    supervisorVisits: (filter) => inRound(host.data().supervisorVisits, filter).sort((a, b) => b.date.localeCompare(a.date)),
    supervisorVisitSave: async (draft) => (await change((db) => saveSupervisorVisit(db, draft, stamp()))).record,
    supervisorVisitDelete: ({ id }) => removed((db) => deleteLog(db, 'supervisorVisits', id)),
    boxEntries: (filter) =>
      inRound(host.data().boxEntries, filter)
        .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn))
        .map((e) => boxEntryView(e, filter?.showReports ?? false)),
    boxEntrySave: async (draft) => (await change((db) => saveBoxEntry(db, draft, stamp()))).record,
    boxEntryDelete: ({ id }) => removed((db) => deleteLog(db, 'boxEntries', id))
  }
}

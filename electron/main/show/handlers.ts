import { randomUUID } from 'node:crypto'
import type { Database } from '@shared/model/database'
import { invalid } from '@shared/errors'
import { assessmentResult, configProblem } from '@shared/rules/pledge-assessment'
import { configOf, sameConfig } from '@shared/rules/pledge-assessment-basis'
import { localDay } from '@shared/rules/dates'
import { overdueItems } from '@shared/rules/pledge-deadlines'
import type { PartHandlers } from '../ipc/dispatch'
import type { Services } from '../services'
import type { Store } from '../store/store'
import { deleteAssessment, deleteFulfilment, previewRecompute, recomputeAssessment, saveAssessment, saveFulfilment } from './fulfilment'
import { assignPhrases, deletePhrase, restoreDefaultPhrases, savePhrase } from './phrases'
import { deletePledge, ownerLabel, pledgeView, savePledge, transitionPledges, type Stamp } from './pledges'

type ShowHandlers = PartHandlers<'show'>

/** 三亮: pledges through their cycle, fulfilment, assessment and tip phrases. */
export function showHandlers(services: Services): ShowHandlers {
  const { host } = services
  const stamp = (): Stamp => ({ now: services.now().toISOString(), today: localDay(services.now()), newId: randomUUID })
  const today = () => localDay(services.now())

  /** A pure change in one durable write, with what it handed back besides the database. */
  const change: Store['change'] = (apply) => host.store().change(apply)
  const update = (apply: (db: Database) => Database) => host.store().update(apply)

  /** A final assessment is computed with its basis, the others with the current settings. */
  const assessmentView = (db: Readonly<Database>, assessment: Database['pledgeAssessments'][number]) => {
    const pledge = db.pledges.find((p) => p.id === assessment.pledgeId)
    const config = configOf(assessment, db.showSettings.assessment)
    return { ...assessment, config, result: assessmentResult(config, pledge ?? { items: [] }, assessment) }
  }

  return {
    settings: () => host.data().showSettings,
    settingsSave: async (settings) => {
      const saved = await update((db) => {
        // A scale kept as it was is not judged again: weights saved before the 100% rule must not block saving the 监督电话.
        const problem = sameConfig(settings.assessment, db.showSettings.assessment) ? null : configProblem(settings.assessment)
        if (problem) throw invalid(problem)
        return { ...db, showSettings: settings }
      })
      return saved.showSettings
    },

    pledges: (filter) => {
      const db = host.data()
      return db.pledges
        .filter((p) => (!filter?.year || p.year === filter.year) && (!filter?.status || p.status === filter.status))
        .map((p) => pledgeView(db, p, today()))
    },
    pledgeSave: async (draft) => {
      const { db, pledge } = await change((current) => savePledge(current, draft, stamp()))
      return pledgeView(db, pledge, today())
    },
    pledgeDelete: async ({ id }) => {
      await update((db) => deletePledge(db, id))
      return null
    },
    pledgeTransition: async ({ id, action, reason }) => {
      const { db, pledges } = await change((current) => transitionPledges(current, [id], action, reason, stamp().now))
      return pledgeView(db, pledges[0], today())
    },
    pledgeTransitionMany: async ({ ids, action, reason }) => {
      const { db, pledges } = await change((current) => transitionPledges(current, ids, action, reason, stamp().now))
      return pledges.map((p) => pledgeView(db, p, today()))
    },
    overdue: (input) => {
      const db = host.data()
      return overdueItems(db.pledges, db.fulfilments, input?.asOf ?? today()).map(({ pledge, item, dueOn, daysOverdue }) => ({
        pledgeId: pledge.id,
        itemId: item.id,
        scope: pledge.scope,
        personId: pledge.personId,
        teamId: pledge.teamId,
        ownerName: ownerLabel(db, pledge),
        content: item.content,
        dueOn,
        daysOverdue
      }))
    },

    fulfilments: (filter) => host.data().fulfilments.filter((f) => !filter?.pledgeId || f.pledgeId === filter.pledgeId),
    fulfilmentSave: async (draft) => (await change((db) => saveFulfilment(db, draft, stamp()))).fulfilment,
    fulfilmentDelete: async ({ id }) => {
      await update((db) => deleteFulfilment(db, id))
      return null
    },

    assessments: (filter) => {
      const db = host.data()
      const years = new Map(db.pledges.map((p) => [p.id, p.year]))
      return db.pledgeAssessments
        .filter((a) => (!filter?.year || years.get(a.pledgeId) === filter.year) && (!filter?.period || a.period === filter.period))
        .map((a) => assessmentView(db, a))
    },
    assessmentSave: async (draft) => {
      const { db, assessment } = await change((current) => saveAssessment(current, draft, stamp()))
      return assessmentView(db, assessment)
    },
    assessmentDelete: async ({ id }) => {
      await update((db) => deleteAssessment(db, id))
      return null
    },
    assessmentRecomputePreview: ({ id }) => previewRecompute(host.data(), id),
    assessmentRecompute: async ({ id, config }) => {
      const { db, assessment } = await change((current) => recomputeAssessment(current, id, config, stamp()))
      return assessmentView(db, assessment)
    },

    phrases: () => host.data().tipPhrases,
    phraseSave: async (draft) => (await change((db) => savePhrase(db, draft, randomUUID))).phrase,
    phraseDelete: async ({ id }) => {
      await update((db) => deletePhrase(db, id))
      return null
    },
    phrasesRestoreDefaults: async () => (await update(restoreDefaultPhrases)).tipPhrases,
    tipAssignments: () => {
      const db = host.data()
      // A person purged from the roster keeps no desk: their assignment is simply not shown.
      return db.tipAssignments.filter((a) => db.people.some((p) => p.id === a.personId && !p.deletedAt))
    },
    tipAssign: async (assignment) => {
      const db = await update((current) => assignPhrases(current, assignment))
      return db.tipAssignments.find((a) => a.personId === assignment.personId) ?? { personId: assignment.personId, phraseIds: [] }
    }
  }
}

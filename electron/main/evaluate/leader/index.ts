import type { leaderContract } from '@shared/evaluate/leader/contract'
import { localDay } from '@shared/rules/dates'
import { leaderUnitFigures } from './unit-figures'
import { leaderFigures } from './appraisal-figures'
import type { MainStagePart } from '../../stage'
import type { Store } from '../../store/store'
import { stampOf } from '../reviews/stamp'
import { seedLeaderDemo } from './demo'
import { leaderFindings } from './findings'
import { deleteLeaderReview, respondToReview, saveLeaderReview } from './leader-reviews'
import { leaderPlan, leaderReminders } from './plan'
import { leaderProblems, leaderReferences, mergeLeaderTeam } from './references'

/** 领导点评: this part's handlers and hooks. */
export const leaderPart: MainStagePart<'evaluate', keyof typeof leaderContract> = {
  handlers(services) {
    const { host } = services
    const stamp = stampOf(services)
    const change: Store['change'] = (apply) => host.store().change(apply)
    return {
      leaderReviews: (filter) =>
        host
          .data()
          .leaderReviews.filter((r) => (!filter?.year || r.year === filter.year) && (!filter?.half || r.half === filter.half))
          .sort((a, b) => b.reviewedOn.localeCompare(a.reviewedOn)),
      leaderReviewSave: async (draft) => (await change((db) => saveLeaderReview(db, draft, stamp()))).review,
      leaderReviewDelete: async ({ id }) => ({ message: (await change((db) => deleteLeaderReview(db, id))).message }),
      leaderReviewRespond: async ({ id, response }) => (await change((db) => respondToReview(db, id, response, stamp()))).review,
      leaderPlan: ({ year, half, asOf }) => leaderPlan(host.data(), year, half, asOf ?? localDay(services.now()))
    }
  },
  problems: leaderProblems,
  references: leaderReferences,
  mergeTeam: mergeLeaderTeam,
  seedDemo: seedLeaderDemo,
  reminders: leaderReminders,
  findings: leaderFindings,
  appraisalFigures: leaderFigures,
  unitFigures: leaderUnitFigures
}

import type { reviewContract } from '@shared/evaluate/reviews/contract'
import type { MainStagePart } from '../../stage'
import type { Store } from '../../store/store'
import { leaderFindings } from '../leader/findings'
import { reviewFigures, reviewUnitFigures } from './appraisal-figures'
import { reviewKeyDates } from './calendar'
import { seedReviewDemo } from './demo'
import { reviewFindings } from './findings'
import { reviewMembers } from './members'
import { deleteBallot, saveBallot, saveTally } from './peer'
import { mergeReviewTeam, reviewProblems, reviewReferences } from './references'
import { reviewReminders } from './reminders'
import { peerResults } from './results'
import { closeRound, deleteRound, findRound, saveRound } from './rounds'
import { deleteSelfReview, saveSelfReview } from './self-reviews'
import { stampOf } from './stamp'

/** 党员自评与互评: this part's handlers and hooks. Each command is one durable write. */
export const reviewPart: MainStagePart<'evaluate', keyof typeof reviewContract> = {
  handlers(services) {
    const { host } = services
    const stamp = stampOf(services)
    const change: Store['change'] = (apply) => host.store().change(apply)
    return {
      reviewRounds: (filter) =>
        host
          .data()
          .reviewRounds.filter((r) => !filter?.year || r.year === filter.year)
          .sort((a, b) => b.year - a.year || b.half.localeCompare(a.half)),
      reviewRoundSave: async (draft) => (await change((db) => saveRound(db, draft, stamp()))).round,
      reviewRoundDelete: async ({ id }) => ({ message: (await change((db) => deleteRound(db, id))).message }),
      reviewRoundClose: async ({ id, closed }) => (await change((db) => closeRound(db, id, closed, stamp()))).round,
      reviewMembers: ({ roundId }) => {
        const db = host.data()
        findRound(db, roundId)
        return reviewMembers(db)
      },

      selfReviews: ({ roundId }) => host.data().selfReviews.filter((s) => s.roundId === roundId),
      selfReviewSave: async (draft) => (await change((db) => saveSelfReview(db, draft, stamp()))).review,
      selfReviewDelete: async ({ id }) => ({ message: (await change((db) => deleteSelfReview(db, id))).message }),

      peerTally: ({ roundId }) => host.data().peerTallies.find((t) => t.roundId === roundId) ?? null,
      peerTallySave: async (draft) => (await change((db) => saveTally(db, draft, stamp()))).tally,
      peerBallots: ({ roundId }) => host.data().peerBallots.filter((b) => b.roundId === roundId),
      peerBallotSave: async (draft) => (await change((db) => saveBallot(db, draft, stamp()))).ballot,
      peerBallotDelete: async ({ id }) => ({ message: (await change((db) => deleteBallot(db, id))).message }),
      peerResults: ({ roundId }) => {
        const db = host.data()
        return peerResults(db, findRound(db, roundId))
      },

      reviewFindings: (filter) => {
        const db = host.data()
        return [...reviewFindings(db), ...leaderFindings(db)].filter((f) => !filter?.year || f.year === filter.year)
      }
    }
  },
  problems: reviewProblems,
  references: reviewReferences,
  mergeTeam: mergeReviewTeam,
  seedDemo: seedReviewDemo,
  reminders: reviewReminders,
  findings: reviewFindings,
  appraisalFigures: reviewFigures,
  unitFigures: reviewUnitFigures,
  keyDates: reviewKeyDates
}

import type { contestContract } from '@shared/compete/contests/contract'
import { contestFigures } from './appraisal-figures'
import { contestKeyDates, contestUnitFigures } from './calendar'
import type { MainStagePart } from '../../stage'
import { demoContests } from './demo'
import { contestHandlers } from './handlers'
import { contestReminders } from './reminders'
import { contestProblems, contestReferences, mergeContestTeam } from './roster-links'

/** 比武竞赛: this part's handlers and hooks. */
export const contestPart: MainStagePart<'compete', keyof typeof contestContract> = {
  handlers: contestHandlers,
  problems: contestProblems,
  references: contestReferences,
  mergeTeam: mergeContestTeam,
  reminders: contestReminders,
  seedDemo(db, now) {
    const seeded = demoContests(db, now)
    const contests = seeded.contests.length - db.contests.length
    return { db: seeded, counts: { contests }, said: contests ? [`${contests}场比武竞赛`] : [] }
  },
  appraisalFigures: contestFigures,
  keyDates: contestKeyDates,
  unitFigures: contestUnitFigures
}

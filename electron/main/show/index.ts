import type { MainStage } from '../stage'
import { pledgeFigures } from './appraisal-figures'
import { showGlance, showUnitFigures } from './glance'
import { pledgeReminders } from './reminders'
import { demoPledges } from './demo-pledges'
import { SHOW_DOCUMENTS } from './documents'
import { showHandlers } from './handlers'
import { showProblems } from './integrity'
import { purgeShowRecords, showReferences } from './references'
import { mergeShowTeam } from './team-merge'

/** 三亮: pledges through their cycle, fulfilment, assessment, tip phrases, and the stage's documents. */
export const showStage: MainStage<'show'> = {
  id: 'show',
  handlers: showHandlers,
  problems: showProblems,
  references: showReferences,
  purge: purgeShowRecords,
  mergeTeam: mergeShowTeam,
  seedDemo(db, now) {
    const seeded = demoPledges(db, db.settings.year, now)
    const pledges = seeded.pledges.length - db.pledges.length
    return { db: seeded, counts: { pledges }, said: [`${pledges}条承诺`] }
  },
  documents: SHOW_DOCUMENTS,
  appraisalFigures: pledgeFigures,
  glance: showGlance,
  reminders: pledgeReminders,
  unitFigures: showUnitFigures
}

import type { MainStage } from '../stage'
import { seedFollowup } from './demo'
import { FOLLOWUP_DOCUMENTS } from './documents'
import { followupHandlers } from './handlers'
import { followupProblems } from './integrity'
import { followupReferences, mergeFollowupTeam } from './references'
import { followupReminders } from './reminders'
import { followupFigures, followupUnitFigures } from './appraisal-figures'
import { followupGlance, followupKeyDates } from './glance'

/** 跟踪: the rectification ledger fed by every stage's findings, 检查催办, 目标责任, 经费, 考核记录 and 奖惩. */
export const followupStage: MainStage<'followup'> = {
  id: 'followup',
  handlers: followupHandlers,
  problems: followupProblems,
  references: followupReferences,
  mergeTeam: mergeFollowupTeam,
  seedDemo: seedFollowup,
  documents: FOLLOWUP_DOCUMENTS,
  reminders: followupReminders,
  appraisalFigures: followupFigures,
  unitFigures: followupUnitFigures,
  glance: followupGlance,
  keyDates: followupKeyDates
}

import type { selectionContract } from '@shared/compete/selections/contract'
import type { MainStagePart } from '../../stage'
import { seedSelections } from './demo'
import { selectionHandlers } from './handlers'
import { selectionProblems } from './integrity'
import { mergeSelectionTeam, purgeSelectionRecords, selectionReferences } from './references'
import { selectionReminders } from './reminders'
import { selectionKeyDates, selectionUnitFigures, titleFigures } from './appraisal-figures'

/** 评选与民主测评: titles, selections, nominations, the ballot tally, the meeting's decisions, the 公示. */
export const selectionPart: MainStagePart<'compete', keyof typeof selectionContract> = {
  handlers: selectionHandlers,
  problems: selectionProblems,
  references: selectionReferences,
  purge: purgeSelectionRecords,
  mergeTeam: mergeSelectionTeam,
  seedDemo: seedSelections,
  reminders: selectionReminders,
  appraisalFigures: titleFigures,
  unitFigures: selectionUnitFigures,
  keyDates: selectionKeyDates
}

import type { publicContract } from '@shared/evaluate/public/contract'
import type { MainStagePart } from '../../stage'
import { publicFigures, publicUnitFigures } from './appraisal-figures'
import { seedPublicDemo } from './demo'
import { publicFindings, publicReminders } from './findings'
import { publicHandlers } from './handlers'
import { publicProblems } from './integrity'
import { mergePublicTeam, publicReferences, purgePublicRecords } from './references'

/** 群众评议: this part's handlers and hooks. */
export const publicPart: MainStagePart<'evaluate', keyof typeof publicContract> = {
  handlers: publicHandlers,
  problems: publicProblems,
  references: publicReferences,
  purge: purgePublicRecords,
  mergeTeam: mergePublicTeam,
  seedDemo: seedPublicDemo,
  reminders: publicReminders,
  findings: publicFindings,
  appraisalFigures: publicFigures,
  unitFigures: publicUnitFigures
}

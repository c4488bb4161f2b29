import type { trainingContract } from '@shared/compete/training/contract'
import type { MainStagePart } from '../../stage'
import { seedTraining } from './demo'
import { trainingHandlers } from './handlers'
import { trainingProblems } from './integrity'
import { mergeTrainingTeam, trainingReferences } from './references'
import { trainingReminders } from './reminders'

/**
 * 人才培养计划与四帮四促: this part's handlers and hooks. No purge step: every plan and pair counts as a
 * reference (references.ts), so the roster never purges anyone this part still names.
 */
export const trainingPart: MainStagePart<'compete', keyof typeof trainingContract> = {
  handlers: trainingHandlers,
  problems: trainingProblems,
  references: trainingReferences,
  mergeTeam: mergeTrainingTeam,
  seedDemo: seedTraining,
  reminders: trainingReminders
}

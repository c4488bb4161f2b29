import type { trainingContract } from '@shared/compete/training/contract'
import type { MainStagePart } from '../../stage'

/** 人才培养计划与四帮四促: this part's handlers and hooks. */
export const trainingPart: MainStagePart<'compete', keyof typeof trainingContract> = {
  handlers: () => ({})
}

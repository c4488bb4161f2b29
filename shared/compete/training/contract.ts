import type { ContractPart } from '../../contract/define'

/** 人才培养计划与四帮四促结对. Verbs are unique across the stage's parts (they share one contract part). */
export const trainingContract = {} satisfies ContractPart

import type { ContractPart } from '../../contract/define'

/** 领导点评. Verbs are unique across the stage's parts (they share one contract part). */
export const leaderContract = {} satisfies ContractPart

import type { ContractPart } from '../../contract/define'

/** 党员自评与互评（每半年一轮）. Verbs are unique across the stage's parts (they share one contract part). */
export const reviewContract = {} satisfies ContractPart

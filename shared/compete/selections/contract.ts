import type { ContractPart } from '../../contract/define'

/** 评选：称号、推荐、民主测评票、计票、评选结果公示. Verbs are unique across the stage's parts (they share one contract part). */
export const selectionContract = {} satisfies ContractPart

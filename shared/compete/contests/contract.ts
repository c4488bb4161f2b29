import type { ContractPart } from '../../contract/define'

/** 比武竞赛：技能比武、岗位练兵、作风竞赛（评委打分、排名、评奖）. Verbs are unique across the stage's parts (they share one contract part). */
export const contestContract = {} satisfies ContractPart

import type { ContractPart } from '../../contract/define'

/** 群众评议：问卷、电话抽访、座谈会、特约监督员、意见箱和举报箱. Verbs are unique across the stage's parts (they share one contract part). */
export const publicContract = {} satisfies ContractPart

import { showContract } from './contract'
import { showCollections } from './model'

/** 三亮: 亮身份、亮承诺、亮形象. */
export const showStage = { id: 'show', label: '三亮', contract: showContract, collections: showCollections } as const

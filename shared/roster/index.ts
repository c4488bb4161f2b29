import { rosterContract } from './contract'
import { rosterCollections } from './model'

/** 花名册: people and teams, entered once and used by every later stage. */
export const rosterStage = { id: 'roster', label: '花名册', contract: rosterContract, collections: rosterCollections } as const

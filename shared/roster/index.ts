import { defineStage } from '../stage'
import { rosterContract } from './contract'
import { rosterCollections } from './model'

/** 花名册: people and teams, entered once and used by every later stage. */
export const rosterStage = defineStage({
  id: 'roster',
  label: '花名册',
  contract: rosterContract,
  collections: rosterCollections,
  years: { people: 'lasting', teams: 'lasting' },
  counts: { people: { label: '人员', unit: '人' }, teams: { label: '班组', unit: '个' } }
})

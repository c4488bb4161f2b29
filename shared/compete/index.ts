import { defineStage } from '../stage'
import { contestCollections, contestCounts, contestYears } from './contests/model'
import { contestContract } from './contests/contract'
import { selectionCollections, selectionCounts, selectionYears } from './selections/model'
import { selectionContract } from './selections/contract'
import { trainingCollections, trainingCounts, trainingYears } from './training/model'
import { trainingContract } from './training/contract'

/*
 * 三比: 比技能、比作风、比业绩. Three parts, each its own folder with model.ts and contract.ts:
 * contests/ (比武竞赛), training/ (人才培养计划、四帮四促), selections/ (评选与民主测评). They share
 * one contract part (`compete:<verb>`), so verbs are unique across them.
 */
export const competeStage = defineStage({
  id: 'compete',
  label: '三比',
  contract: { ...contestContract, ...trainingContract, ...selectionContract },
  collections: { ...contestCollections, ...trainingCollections, ...selectionCollections },
  years: { ...contestYears, ...trainingYears, ...selectionYears },
  counts: { ...contestCounts, ...trainingCounts, ...selectionCounts }
})

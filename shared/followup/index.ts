import { defineStage } from '../stage'
import { followupCollections } from './collections'
import { followupContract } from './contract'

/** 跟踪: 整改台账、检查催办、目标责任、经费、考核记录与奖惩. */
export const followupStage = defineStage({
  id: 'followup',
  label: '跟踪',
  contract: followupContract,
  collections: followupCollections,
  years: {
    rectifications: 'year',
    chases: 'year',
    responsibilityTargets: 'year',
    fundLines: 'year',
    assessmentRecords: 'year',
    rewardPenalties: 'year'
  },
  counts: {
    rectifications: { label: '整改事项', unit: '项' },
    chases: { label: '催办记录', unit: '次' },
    responsibilityTargets: { label: '目标责任', unit: '项' },
    fundLines: { label: '经费收支', unit: '笔' },
    assessmentRecords: { label: '考核记录', unit: '条' },
    rewardPenalties: { label: '奖惩记录', unit: '条' }
  }
})

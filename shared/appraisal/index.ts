import { defineStage } from '../stage'
import { appraisalContract } from './contract'
import { appraisalCollections } from './model'

/** 年终评优: the close of the year, from every stage's figures. */
export const appraisalStage = defineStage({
  id: 'appraisal',
  label: '年终评优',
  contract: appraisalContract,
  collections: appraisalCollections,
  years: { appraisals: 'year', schedules: 'year' },
  counts: { appraisals: { label: '年终评优', unit: '个年度' } }
})

import { defineStage } from '../stage'
import { showContract } from './contract'
import { showCollections } from './model'

/** 三亮: 亮身份、亮承诺、亮形象. */
export const showStage = defineStage({
  id: 'show',
  label: '三亮',
  contract: showContract,
  collections: showCollections,
  years: {
    pledges: 'year',
    fulfilments: { parent: 'pledges', key: 'pledgeId' },
    pledgeAssessments: { parent: 'pledges', key: 'pledgeId' },
    tipPhrases: 'lasting',
    tipAssignments: 'lasting',
    showSettings: 'lasting'
  },
  counts: {
    pledges: { label: '承诺', unit: '条' },
    fulfilments: { label: '践诺记录', unit: '条' },
    pledgeAssessments: { label: '评诺', unit: '次' },
    tipPhrases: { label: '提示语', unit: '条' }
  }
})

import type { StageScreens } from '../screens'
import { AppraisalPage } from './AppraisalPage'
import { AppraisalWorkbookPanel } from './WorkbookPanel'
import { SchedulePage } from './SchedulePage'

/** 年终评优: the year's composite, suggestions and the branch's decisions. */
export const appraisalScreens: StageScreens<'appraisal'> = {
  stage: 'appraisal',
  label: '年终 · 评优 日程',
  routes: [
    { path: '/appraisal', label: '年终评优 · 评定等次', render: () => <AppraisalPage /> },
    { path: '/appraisal/schedule', label: '年度日程', render: () => <SchedulePage /> }
  ],
  workbooks: [
    {
      id: 'appraisal-xlsx',
      group: '年终评优',
      title: '年终评优工作簿（Excel）',
      description: '汇总表、各项得分与来源、权重与规则；公式随权重重算',
      render: () => <AppraisalWorkbookPanel />
    }
  ]
}

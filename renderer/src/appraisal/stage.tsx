import type { StageScreens } from '../screens'
import { AppraisalPage } from './AppraisalPage'

/** 年终评优: the year's composite, suggestions and the branch's decisions. */
export const appraisalScreens: StageScreens<'appraisal'> = {
  stage: 'appraisal',
  label: '年终评优',
  routes: [{ path: '/appraisal', label: '年终评优 · 评定等次', render: () => <AppraisalPage /> }]
}

import type { StageScreens } from '../screens'
import { AssessmentPage } from './assessment/AssessmentPage'
import { IdentityPage } from './identity/IdentityPage'
import { PhrasesPage } from './phrases/PhrasesPage'
import { PledgesPage } from './pledges/PledgesPage'

/** 三亮 (亮身份、亮承诺、亮形象): its menu entries and screens. */
export const showScreens: StageScreens<'show'> = {
  stage: 'show',
  label: '三亮 · 身份 承诺 形象',
  routes: [
    { path: '/show/identity', label: '亮身份 · 岗位牌', render: () => <IdentityPage /> },
    { path: '/show/pledges', label: '亮承诺 · 承诺管理', render: () => <PledgesPage /> },
    { path: '/show/assessment', label: '亮形象 · 践诺评诺', render: () => <AssessmentPage /> },
    { path: '/show/phrases', label: '温馨提示语', render: () => <PhrasesPage /> }
  ]
}

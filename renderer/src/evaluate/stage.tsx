import type { StageScreens } from '../screens'
import { LeaderPlanPage } from './leader/LeaderPlanPage'
import { LeaderReviewsPage } from './leader/LeaderReviewsPage'
import { ReviewsPage } from './reviews/ReviewsPage'

/** 三评 (党员自评、领导点评、群众评议): its menu entries and screens, one folder per part (reviews/, leader/, public/). */
export const evaluateScreens: StageScreens<'evaluate'> = {
  stage: 'evaluate',
  label: '三评 · 自评 点评 评议',
  routes: [
    { path: '/evaluate/reviews', label: '党员自评互评', render: () => <ReviewsPage /> },
    { path: '/evaluate/leader', label: '领导点评', render: () => <LeaderReviewsPage /> },
    { path: '/evaluate/leader-plan', label: '领导点评计划', render: () => <LeaderPlanPage /> }
  ]
}

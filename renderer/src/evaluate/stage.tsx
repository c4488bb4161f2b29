import type { StageScreens } from '../screens'
import { LeaderPlanPage } from './leader/LeaderPlanPage'
import { LeaderReviewsPage } from './leader/LeaderReviewsPage'
import { ReviewsPage } from './reviews/ReviewsPage'
import { ChannelsPage } from './public/ChannelsPage'
import { EntryPage } from './public/EntryPage'
import { QuestionnairesPage } from './public/QuestionnairesPage'
import { ResultsPage } from './public/ResultsPage'

/** 三评 (党员自评、领导点评、群众评议): its menu entries and screens, one folder per part (reviews/, leader/, public/). */
export const evaluateScreens: StageScreens<'evaluate'> = {
  stage: 'evaluate',
  label: '三评 · 自评 点评 评议',
  routes: [
    { path: '/evaluate/reviews', label: '党员自评互评', render: () => <ReviewsPage /> },
    { path: '/evaluate/leader', label: '领导点评', render: () => <LeaderReviewsPage /> },
    { path: '/evaluate/leader-plan', label: '领导点评计划', render: () => <LeaderPlanPage /> },
    { path: '/evaluate/public', label: '群众评议 · 问卷', render: () => <QuestionnairesPage /> },
    { path: '/evaluate/public/entry', label: '群众评议 · 录入答卷', render: () => <EntryPage /> },
    { path: '/evaluate/public/results', label: '群众评议 · 结果', render: () => <ResultsPage /> },
    { path: '/evaluate/public/boxes', label: '群众评议 · 其他渠道', render: () => <ChannelsPage /> }
  ]
}

import type { StageScreens } from '../screens'
import { ContestsPage } from './contests/ContestsPage'
import { MentoringPairsPage } from './training/MentoringPairsPage'
import { TrainingPlansPage } from './training/TrainingPlansPage'
import { SelectionsPage } from './selections/SelectionsPage'
import { TitlesPage } from './selections/TitlesPage'

/** 三比 (比技能、比作风、比业绩): its menu entries and screens, one folder per part (contests/, training/, selections/). */
export const competeScreens: StageScreens<'compete'> = {
  stage: 'compete',
  label: '三比 · 技能 作风 业绩',
  routes: [
    { path: '/compete/contests', label: '比技能 · 比武竞赛', render: () => <ContestsPage /> },
    { path: '/compete/training/plans', label: '比技能 · 人才培养计划', render: () => <TrainingPlansPage /> },
    { path: '/compete/training/pairs', label: '比作风 · 四帮四促', render: () => <MentoringPairsPage /> },
    { path: '/compete/selections', label: '比业绩 · 评选', render: () => <SelectionsPage /> },
    { path: '/compete/titles', label: '评选称号', render: () => <TitlesPage /> }
  ]
}

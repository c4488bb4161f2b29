import type { StageScreens } from '../screens'
import { SelectionsPage } from './selections/SelectionsPage'
import { TitlesPage } from './selections/TitlesPage'

/** 三比 (比技能、比作风、比业绩): its menu entries and screens, one folder per part (contests/, training/, selections/). */
export const competeScreens: StageScreens<'compete'> = {
  stage: 'compete',
  label: '三比 · 技能 作风 业绩',
  routes: [
    { path: '/compete/selections', label: '比业绩 · 评选', render: () => <SelectionsPage /> },
    { path: '/compete/titles', label: '评选称号', render: () => <TitlesPage /> }
  ]
}

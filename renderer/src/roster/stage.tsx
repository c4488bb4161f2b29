import type { StageScreens } from '../screens'
import { PeoplePage } from './PeoplePage'
import { RecyclePage } from './RecyclePage'
import { TeamsPage } from './TeamsPage'

/** 花名册: its menu entries and screens. */
export const rosterScreens: StageScreens<'roster'> = {
  stage: 'roster',
  label: '花名册',
  routes: [
    { path: '/roster/people', label: '人员', render: () => <PeoplePage /> },
    { path: '/roster/teams', label: '班组', render: () => <TeamsPage /> },
    { path: '/roster/recycle', label: '回收站', render: () => <RecyclePage /> }
  ]
}

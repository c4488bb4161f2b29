import type { ReactNode } from 'react'
import { HomePage } from '../home/HomePage'
import { PrintCentrePage } from '../print/PrintCentrePage'
import { PeoplePage } from '../roster/PeoplePage'
import { RecyclePage } from '../roster/RecyclePage'
import { TeamsPage } from '../roster/TeamsPage'
import { SettingsPage } from '../settings/SettingsPage'
import { AssessmentPage } from '../show/assessment/AssessmentPage'
import { IdentityPage } from '../show/identity/IdentityPage'
import { PhrasesPage } from '../show/phrases/PhrasesPage'
import { PledgesPage } from '../show/pledges/PledgesPage'

/**
 * The side menu, by the activity's stages. Only screens that work are listed; each stage adds its
 * entries here and keeps its screens in its own folder (renderer/src/<stage>/).
 */
export interface RouteEntry {
  path: string
  label: string
  render: () => ReactNode
}

export interface RouteGroup {
  key: string
  label: string
  routes: RouteEntry[]
}

export const routeGroups: RouteGroup[] = [
  {
    key: 'home',
    label: '工作台',
    routes: [{ path: '/home', label: '首页', render: () => <HomePage /> }]
  },
  {
    key: 'roster',
    label: '花名册',
    routes: [
      { path: '/roster/people', label: '人员', render: () => <PeoplePage /> },
      { path: '/roster/teams', label: '班组', render: () => <TeamsPage /> },
      { path: '/roster/recycle', label: '回收站', render: () => <RecyclePage /> }
    ]
  },
  {
    key: 'show',
    label: '三亮 · 身份 承诺 形象',
    routes: [
      { path: '/show/identity', label: '亮身份 · 岗位牌', render: () => <IdentityPage /> },
      { path: '/show/pledges', label: '亮承诺 · 承诺管理', render: () => <PledgesPage /> },
      { path: '/show/assessment', label: '亮形象 · 践诺评诺', render: () => <AssessmentPage /> },
      { path: '/show/phrases', label: '温馨提示语', render: () => <PhrasesPage /> }
    ]
  },
  {
    key: 'print',
    label: '打印',
    routes: [{ path: '/print', label: '打印中心', render: () => <PrintCentrePage /> }]
  },
  {
    key: 'system',
    label: '系统',
    routes: [{ path: '/settings', label: '设置', render: () => <SettingsPage /> }]
  }
]

export const allRoutes = routeGroups.flatMap((group) => group.routes)
export const DEFAULT_ROUTE = '/home'

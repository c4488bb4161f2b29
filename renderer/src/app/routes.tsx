import type { ReactNode } from 'react'
import { SettingsPage } from '../settings/SettingsPage'

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
    key: 'system',
    label: '系统',
    routes: [{ path: '/settings', label: '设置', render: () => <SettingsPage /> }]
  }
]

export const allRoutes = routeGroups.flatMap((group) => group.routes)
export const DEFAULT_ROUTE = '/settings'

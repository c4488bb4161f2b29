import { HomePage } from '../home/HomePage'
import { PrintCentrePage } from '../print/PrintCentrePage'
import type { RouteGroup } from '../screens'
import { SettingsPage } from '../settings/SettingsPage'
import { stageScreens } from '../stages'

/*
 * The side menu: 工作台 first, then each stage's group as its module gives it (renderer/src/stages.ts),
 * then 打印 and 系统. Only screens that work are listed; a stage keeps its screens and its entries
 * in its own folder (renderer/src/<stage>/stage.tsx).
 */

export type { RouteEntry, RouteGroup } from '../screens'

const home: RouteGroup = { key: 'home', label: '工作台', routes: [{ path: '/home', label: '首页', render: () => <HomePage /> }] }
const print: RouteGroup = { key: 'print', label: '打印', routes: [{ path: '/print', label: '打印中心', render: () => <PrintCentrePage /> }] }
const system: RouteGroup = { key: 'system', label: '系统', routes: [{ path: '/settings', label: '设置', render: () => <SettingsPage /> }] }

export const routeGroups: RouteGroup[] = [home, ...stageScreens.filter((s) => s.routes.length > 0).map((s) => ({ key: s.stage, label: s.label, routes: s.routes })), print, system]

export const allRoutes = routeGroups.flatMap((group) => group.routes)
export const DEFAULT_ROUTE = '/home'

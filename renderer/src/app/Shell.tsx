import { Layout, Menu, Result, Spin, Typography } from 'antd'
import { useState } from 'react'
import type { StoreStatus } from '@shared/contract/store'
import { api } from '../api/client'
import { RecoveryPage } from './RecoveryPage'
import { RestoredNotice } from './RestoredNotice'
import { allRoutes, DEFAULT_ROUTE, routeGroups } from './routes'
import { useHashRoute } from './useHashRoute'
import { useLoad } from '../api/useCall'
import { LEAVE_WORDING, UnsavedContext, UnsavedScope, useConfirmDiscard } from '../components/unsaved'

const { Sider, Content, Header } = Layout

/** Either the recovery screen (the database needs attention) or the normal layout. */
export function Shell() {
  const status = useLoad<StoreStatus>(() => api.store.status())
  if (status.loading && !status.data) return <Spin size="large" fullscreen description="正在打开数据…" />
  if (!status.data) return <Result status="error" title="无法连接后台" subTitle="请关闭后重新打开本软件" />
  if (status.data.mode === 'recovery') return <RecoveryPage status={status.data} onRecovered={status.reload} />
  return <MainLayout />
}

function MainLayout() {
  const [path, navigate] = useHashRoute(DEFAULT_ROUTE)
  const route = allRoutes.find((r) => r.path === path) ?? allRoutes.find((r) => r.path === DEFAULT_ROUTE)!
  // Every form on the page joins this scope (a settings form, the form in an open drawer): going
  // to another page through the menu asks first while one of them is unsaved.
  const [page] = useState(() => new UnsavedScope())
  const leave = useConfirmDiscard(page, LEAVE_WORDING)
  return (
    // White under the menu too, when a long page scrolls past it.
    <Layout style={{ minHeight: '100vh', background: '#fff' }}>
      {/* The menu stays in view while a long list scrolls, and scrolls on its own in a low window. */}
      <Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0', position: 'sticky', top: 0, height: '100vh', overflowY: 'auto' }}>
        <div style={{ padding: '16px 16px 8px', fontWeight: 600, fontSize: 16, color: '#c8161d' }}>三亮三比三评工作台</div>
        <Menu
          mode="inline"
          style={{ borderInlineEnd: 'none' }}
          selectedKeys={[route.path]}
          defaultOpenKeys={routeGroups.map((g) => g.key)}
          items={routeGroups.map((group) => ({
            key: group.key,
            label: group.label,
            type: 'group' as const,
            children: group.routes.map((r) => ({ key: r.path, label: r.label }))
          }))}
          onClick={({ key }) => key !== route.path && leave(() => navigate(key))}
        />
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', padding: '0 24px', borderBottom: '1px solid #f0f0f0', height: 56, lineHeight: '56px' }}>
          <Typography.Title level={4} style={{ margin: 0, lineHeight: '56px' }}>
            {route.label}
          </Typography.Title>
        </Header>
        <UnsavedContext.Provider value={page}>
          <Content style={{ padding: 24 }}>
            <RestoredNotice />
            {route.render()}
          </Content>
        </UnsavedContext.Provider>
      </Layout>
    </Layout>
  )
}

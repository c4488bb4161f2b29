import { App, Button, Card, Space, Typography } from 'antd'
import { useState } from 'react'
import { api } from '../app/api'
import { useCall } from '../app/useCall'

/** Shown while the roster is empty: try everything on a made-up unit first. */
export function DemoDataCard({ onLoaded }: { onLoaded: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const load = async () => {
    setBusy(true)
    const loaded = await call(api.roster.loadDemo())
    // Demo pledges at every step of the workflow, so each 三亮 screen has something to show.
    const pledges = loaded && (await call(api.show.loadDemo()))
    setBusy(false)
    if (!loaded) return
    void message.success(`已载入示例单位：${loaded.people}人，${loaded.teams}个班组${pledges ? `，${pledges.pledges}条承诺` : ''}`)
    onLoaded()
  }
  return (
    <Card size="small" title="花名册还是空的">
      <Space orientation="vertical">
        <Typography.Text>
          可以先载入一个示例单位（虚构的人员、班组和承诺），把承诺、打印等功能都试一遍；正式使用前可在花名册中删除示例人员。
        </Typography.Text>
        <Typography.Text type="secondary">也可以直接到“花名册”录入人员，或从 Excel 导入。</Typography.Text>
        <Button type="primary" onClick={load} loading={busy}>
          载入示例数据
        </Button>
      </Space>
    </Card>
  )
}

import { Button, Card, Space, Typography } from 'antd'
import { useLoadDemo } from '../components/useLoadDemo'

/** Shown while the roster is empty: try everything on a made-up unit first. */
export function DemoDataCard({ onLoaded }: { onLoaded: () => void }) {
  // Demo pledges at every step of the workflow too, so each 三亮 screen has something to show.
  const demo = useLoadDemo(onLoaded)
  return (
    <Card size="small" title="花名册还是空的">
      <Space orientation="vertical">
        <Typography.Text>
          可以先载入一个示例单位（虚构的人员、班组和承诺），把承诺、打印等功能都试一遍；正式使用前可在花名册中删除示例人员。
        </Typography.Text>
        <Typography.Text type="secondary">
          也可以直接到 <Typography.Link href="#/roster/people">花名册</Typography.Link> 录入人员，或从 Excel 导入。
        </Typography.Text>
        <Button type="primary" onClick={demo.load} loading={demo.loading}>
          载入示例数据
        </Button>
      </Space>
    </Card>
  )
}

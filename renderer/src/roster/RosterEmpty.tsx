import { Button, Card, Empty, Space, Tooltip, Typography } from 'antd'
import { useLoadDemo } from '../components/useLoadDemo'
import { ImportRosterButton, TemplateButton } from './RosterFileButtons'

interface Props {
  /** The demo unit only goes into a roster with nothing in it, the 回收站 included. */
  canLoadDemo: boolean
  onChanged: () => void
  onAdd: () => void
}

/** First start: nothing on the roster yet, so offer the ways to fill it. */
export function RosterEmpty({ canLoadDemo, onChanged, onAdd }: Props) {
  // The same demo as on 首页: the unit, its teams and every stage's records.
  const demo = useLoadDemo(onChanged)

  const demoButton = (
    <Button type="primary" loading={demo.loading} disabled={!canLoadDemo} onClick={demo.load}>
      载入示例数据
    </Button>
  )
  return (
    <Card>
      <Empty
        style={{ padding: '48px 0' }}
        description={
          <Space orientation="vertical" size={4}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              花名册还是空的
            </Typography.Title>
            <Typography.Text type="secondary">人员信息录入一次，岗位牌、承诺卡、公示栏和测评表都会直接使用。</Typography.Text>
            <Typography.Text type="secondary">可以先载入示例数据熟悉功能，或者导入单位现有的 Excel 花名册。</Typography.Text>
          </Space>
        }
      >
        <Space wrap style={{ justifyContent: 'center' }}>
          {canLoadDemo ? demoButton : <Tooltip title="示例数据只能载入到完全空白的花名册（班组和回收站也为空）">{demoButton}</Tooltip>}
          <ImportRosterButton onImported={onChanged} />
          <TemplateButton />
          <Button onClick={onAdd}>逐个新增人员</Button>
        </Space>
      </Empty>
    </Card>
  )
}

import { Alert, Card, Col, Empty, Row, Spin, Typography } from 'antd'
import { useState } from 'react'
import { useRosterChoices } from '../components/useRosterChoices'
import { stageScreens } from '../stages'
import { PrintPanel } from './PrintPanel'
import { usePrintCatalog, type PrintDocumentEntry } from './usePrintCatalog'

/** 打印中心: every document of the activity in one place, grouped by stage. */
export function PrintCentrePage() {
  const catalog = usePrintCatalog()
  const roster = useRosterChoices()
  const [chosen, setChosen] = useState<string | null>(null)
  if (catalog.loading || roster.loading) return <Spin description="正在载入…"><div style={{ height: 200 }} /></Spin>
  const workbooks = stageScreens.flatMap((s) => s.workbooks ?? [])
  const workbook = workbooks.find((w) => w.id === chosen)
  const info = workbook ? undefined : (catalog.documents.find((d) => d.id === chosen) ?? catalog.documents[0])
  // By the step each document belongs to (亮身份, 亮承诺 ...), in the catalogue's order; a stage's workbooks after its PDFs.
  const groups = [...new Set([...catalog.documents.map((d) => d.group), ...workbooks.map((w) => w.group)])]
  return (
    <Row gutter={16} wrap={false}>
      <Col flex="260px">
        {groups.map((group) => (
          <div key={group} style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary">{group}</Typography.Text>
            {catalog.documents
              .filter((d) => d.group === group)
              .map((d) => (
                <DocumentButton key={d.id} doc={d} selected={d.id === info?.id} onClick={() => setChosen(d.id)} />
              ))}
            {workbooks
              .filter((w) => w.group === group)
              .map((w) => (
                <DocumentButton key={w.id} doc={w} selected={w.id === workbook?.id} onClick={() => setChosen(w.id)} />
              ))}
          </div>
        ))}
      </Col>
      <Col flex="auto" style={{ minWidth: 0 }}>
        {!catalog.unitName && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="还没有填写单位名称"
            description={
              <>
                打印的文件要用到单位名称和落款，请先到 <a href="#/settings">设置 → 单位信息</a> 填写。
              </>
            }
          />
        )}
        {roster.members.length === 0 && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title="花名册中还没有党员" description="先在花名册录入或导入人员（也可在首页载入示例数据），才能打印岗位牌、承诺卡等材料。" />
        )}
        {workbook ? (
          <Card title={workbook.title}>{workbook.render()}</Card>
        ) : info ? (
          <Card title={info.title}>
            <PrintPanel key={info.id} info={info} year={catalog.year} roster={roster} />
          </Card>
        ) : (
          <Empty description="没有可打印的文件" />
        )}
      </Col>
    </Row>
  )
}

function DocumentButton({ doc, selected, onClick }: { doc: Pick<PrintDocumentEntry, 'id' | 'title' | 'description'>; selected: boolean; onClick: () => void }) {
  return (
    <div
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      data-testid={`print-doc-${doc.id}`}
      onClick={onClick}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onClick()}
      style={{
        marginTop: 6,
        padding: '8px 12px',
        borderRadius: 4,
        cursor: 'pointer',
        border: `1px solid ${selected ? '#c8161d' : '#f0f0f0'}`,
        background: selected ? '#fff1f0' : '#fff'
      }}
    >
      <div style={{ fontWeight: 500, color: selected ? '#c8161d' : undefined }}>{doc.title}</div>
      <div style={{ fontSize: 12, color: '#888', lineHeight: 1.5 }}>{doc.description}</div>
    </div>
  )
}

import { Card, Empty, Table } from 'antd'
import { FIVE_GOOD_LABELS, FIVE_GOODS, type UnitFigure } from '@shared/model/unit-figure'
import { api } from '../api/client'
import { useLoad } from '../api/useCall'

/** 对照“五个好”: the branch's figures from every stage, by criterion, each with where it came from. */
export function FiveGoods({ year }: { year: number }) {
  const figures = useLoad(() => api.appraisal.unitFigures({ year }), [year])
  return (
    <Card size="small" title={`${year}年度支部对照“五个好”`} loading={figures.loading} extra="打印：打印中心 → 对照“五个好”情况">
      {FIVE_GOODS.map((criterion) => {
        const rows = (figures.data ?? []).filter((f) => f.criterion === criterion)
        return (
          <div key={criterion} style={{ marginBottom: 16 }}>
            <h4>{FIVE_GOOD_LABELS[criterion]}</h4>
            {rows.length ? (
              <Table<UnitFigure>
                size="small"
                pagination={false}
                rowKey="label"
                dataSource={rows}
                columns={[
                  { title: '项目', dataIndex: 'label', width: 220 },
                  { title: '数据', dataIndex: 'value', width: 100 },
                  { title: '来源', dataIndex: 'basis' }
                ]}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年度的记录中没有这一方面的数据" />
            )}
          </div>
        )
      })}
    </Card>
  )
}

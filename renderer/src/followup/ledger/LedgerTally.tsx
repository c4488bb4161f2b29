import { Table } from 'antd'
import type { RectificationView } from '@shared/followup/contract'
import { TALLY_LABELS, tallyByKind, tallyOf, type LedgerTally as Tally } from '@shared/followup/rectification-rules'
import { FINDING_KIND_LABELS } from '@shared/model/finding'

interface Row extends Tally {
  label: string
}

/** 已整改 / 整改中（含部分整改） / 未整改 per source, as the usual 整改情况统计 shows them. */
export function LedgerTally({ items, today }: { items: RectificationView[]; today: string }) {
  const rows: Row[] = [...tallyByKind(items, today).map(({ kind, tally }) => ({ label: FINDING_KIND_LABELS[kind], ...tally })), { label: '合计', ...tallyOf(items, today) }]
  return (
    <Table<Row>
      size="small"
      rowKey="label"
      pagination={false}
      dataSource={rows}
      aria-label="整改情况统计"
      columns={[
        { title: '问题来源', dataIndex: 'label' },
        { title: '问题数', dataIndex: 'total', width: 80, align: 'center' },
        { title: TALLY_LABELS.done, dataIndex: 'done', width: 90, align: 'center' },
        { title: TALLY_LABELS.ongoing, dataIndex: 'ongoing', width: 150, align: 'center' },
        { title: TALLY_LABELS.notStarted, dataIndex: 'notStarted', width: 90, align: 'center' },
        { title: '其中逾期', dataIndex: 'overdue', width: 90, align: 'center', render: (n: number) => <span style={{ color: n ? '#C8161D' : undefined }}>{n}</span> }
      ]}
    />
  )
}

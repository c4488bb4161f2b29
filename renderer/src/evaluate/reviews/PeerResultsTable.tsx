import { Table, Typography } from 'antd'
import type { PeerResults } from '@shared/evaluate/reviews/contract'
import type { ReviewRound } from '@shared/evaluate/reviews/model'

type Row = PeerResults['rows'][number]

/** Each member's 互评 result: votes per grade with their share, the average points; the rule beside it. */
export function PeerResultsTable({ round, results, loading }: { round: ReviewRound; results: PeerResults | undefined; loading: boolean }) {
  return (
    <>
      <Typography.Paragraph type="secondary">
        共计 {results?.ballots ?? 0} 张票。互评得分 = Σ（各等次票数 × 分值）÷ 有效票数，保留两位小数；分值：{round.peerGrades.map((g) => `${g.label}${g.points}分`).join('、')}。
      </Typography.Paragraph>
      <Table<Row>
        rowKey="personId"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={results?.rows ?? []}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '所在班组', dataIndex: 'teamName', width: 130 },
          ...round.peerGrades.map((grade, n) => ({
            title: grade.label,
            key: grade.id,
            width: 110,
            render: (_: unknown, row: Row) => `${row.score.grades[n].count}票（${row.score.grades[n].share}%）`
          })),
          { title: '有效票', key: 'votes', width: 70, render: (_: unknown, row: Row) => row.score.votes },
          { title: '互评得分', key: 'avg', width: 90, render: (_: unknown, row: Row) => (row.score.average === null ? '—' : row.score.average.toFixed(2)) },
          { title: '意见', key: 'remarks', render: (_: unknown, row: Row) => row.remarks.join('；') }
        ]}
      />
    </>
  )
}

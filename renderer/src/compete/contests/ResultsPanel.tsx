import { Alert, App, Button, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { ContestView, ResultLine, RoundResult } from '@shared/compete/contests/contract'
import { rankLabel } from '@shared/rules/contest-scoring'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'

/*
 * A round's results as the notice will print them: each judge's total (the dropped ones struck
 * through), deductions, the final score, 并列第N名 and the award; ties at an award boundary that
 * the rule could not part, with a button per entrant to put that one first.
 */

interface Props {
  contest: ContestView
  round: RoundResult
  onChanged: (view: ContestView) => void
}

export function ResultsPanel({ contest, round, onChanged }: Props) {
  const call = useCall()
  const { modal, message } = App.useApp()
  const decide = (tie: RoundResult['ties'][number], first: number) => {
    const order = [tie.entrantIds[first], ...tie.entrantIds.filter((_, n) => n !== first)]
    const names = order.map((id) => contest.entrantNames[id])
    modal.confirm({
      title: `确定${names[0]}在前？`,
      content: `${names.join('、')}并列${tie.final}分，按组织者决定的先后排列：前${tie.places}名得${tie.upper}，其余${tie.lower ?? '不获奖'}。`,
      okText: '确定',
      cancelText: '返回',
      onOk: async () => {
        const view = await call(api.compete.contestTieDecide({ contestId: contest.id, roundId: round.roundId, entrantIds: order, note: '' }))
        if (!view) return
        void message.success(`已确定：${names.join('、')}`)
        onChanged(view)
      }
    })
  }

  const judgeColumns: ColumnsType<ResultLine> = contest.judges.map((judge) => ({
    key: judge.id,
    title: contest.judgeNames[judge.id],
    align: 'right',
    render: (_: unknown, line: ResultLine) => {
      const mark = line.marks.find((m) => m.judgeId === judge.id)
      if (!mark || mark.state === 'blank') return <Typography.Text type="secondary">未评</Typography.Text>
      if (mark.state === 'partial') return <Typography.Text type="danger">未填完</Typography.Text>
      const dropped = line.dropped && (line.dropped.highest === judge.id || line.dropped.lowest === judge.id)
      return dropped ? (
        <Typography.Text delete type="secondary" title={line.dropped?.highest === judge.id ? '去掉的最高分' : '去掉的最低分'}>
          {mark.total}
        </Typography.Text>
      ) : (
        mark.total
      )
    }
  }))
  const columns: ColumnsType<ResultLine> = [
    { key: 'rank', title: '名次', width: 110, render: (_, l) => rankLabel(l) || <Typography.Text type="secondary">—</Typography.Text> },
    { key: 'name', title: contest.entrantKind === 'team' ? '班组' : '姓名', dataIndex: 'name' },
    ...(contest.entrantKind === 'person' ? [{ key: 'team', title: '所在班组', dataIndex: 'teamName' }] : []),
    ...judgeColumns,
    ...(contest.rule.deductions ? [{ key: 'deduction', title: '扣分', align: 'right' as const, render: (_: unknown, l: ResultLine) => (l.deduction ? `−${l.deduction}` : '') }] : []),
    { key: 'final', title: '最后得分', align: 'right', render: (_, l) => (l.final === null ? <Typography.Text type="danger">{l.incomplete}</Typography.Text> : <b>{l.final}</b>) },
    ...(round.awards ? [{ key: 'award', title: '奖项', render: (_: unknown, l: ResultLine) => (l.awardPending ? <Tag color="orange">待定</Tag> : l.award ? <Tag color="red">{l.award}</Tag> : null) }] : [])
  ]
  const ranked = [...round.lines].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        计分办法：{contest.ruleText}
      </Typography.Paragraph>
      {round.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} />
      ))}
      {round.ties.map((tie) => (
        <Alert
          key={tie.entrantIds.join()}
          type={tie.resolvedBy ? 'info' : 'error'}
          showIcon
          title={`${tie.names.join('、')}并列${tie.final}分，在${tie.upper}的分界处（${tie.places}人可得${tie.upper}）`}
          description={
            tie.resolvedBy ? (
              `已${tie.resolvedBy === 'officer' ? '由组织者确定先后' : tie.resolvedBy === 'item' ? '按指定项目得分区分' : '按评委给出的最高分区分'}：${tie.names.join('、')}`
            ) : contest.status === 'draft' ? (
              <Space wrap>
                规则无法区分，请确定先后：
                {tie.names.map((name, n) => (
                  <Button key={tie.entrantIds[n]} size="small" onClick={() => decide(tie, n)}>
                    {name}在前
                  </Button>
                ))}
              </Space>
            ) : null
          }
        />
      ))}
      <Table<ResultLine> size="small" rowKey="entrantId" columns={columns} dataSource={ranked} pagination={ranked.length > 50 ? { pageSize: 50, showSizeChanger: false } : false} />
    </Space>
  )
}

import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd'
import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { ReviewMember } from '@shared/evaluate/reviews/contract'
import type { PeerBallot, ReviewRound } from '@shared/evaluate/reviews/model'
import { api, errorMessage, unwrap } from '../../api/client'
import { useCall } from '../../api/useCall'
import { useUnsavedValue } from '../../components/unsaved'
import { markCells, type MarkCell } from './cells'

/**
 * 逐张录入互评票, keyboard only: the marked row takes a digit (1 = the best grade …), 0 or the space
 * bar leaves it blank (the writer's own row), ↑ ↓ move, Enter saves the ballot and starts the next.
 * Nothing says whose ballot it is.
 */
export function BallotEntry({ round, members, ballots, onChanged }: { round: ReviewRound; members: ReviewMember[]; ballots: PeerBallot[]; onChanged: () => void }) {
  const { message } = App.useApp()
  const call = useCall()
  const cells = useMemo(() => markCells(round, members), [round, members])
  const [marks, setMarks] = useState<Record<string, string>>({})
  const [at, setAt] = useState(0)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const guard = useUnsavedValue(marks, {})
  const box = useRef<HTMLDivElement>(null)
  const readOnly = Boolean(round.closedOn)
  const gradeLabel = new Map(round.peerGrades.map((g) => [g.id, g.label]))

  const save = async () => {
    const entered = cells.filter((c) => marks[c.key]).map((c) => ({ personId: c.personId, criterionId: c.criterionId, gradeId: marks[c.key] }))
    setSaving(true)
    try {
      const ballot = await unwrap(api.evaluate.peerBallotSave({ roundId: round.id, marks: entered, remarks: [] }))
      guard.accept({})
      setMarks({})
      setAt(0)
      void message.success(`第${ballot.serial}号互评票已录入`)
      onChanged()
    } catch (error) {
      setRefusal(errorMessage(error))
    } finally {
      setSaving(false)
      box.current?.focus()
    }
  }

  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly || saving) return
    const cell = cells[at]
    const move = (to: number) => setAt(Math.max(0, Math.min(cells.length - 1, to)))
    if (/^[1-9]$/.test(event.key)) {
      const grade = round.peerGrades[Number(event.key) - 1]
      if (!grade || !cell) return
      setRefusal(null)
      setMarks((m) => ({ ...m, [cell.key]: grade.id }))
      move(at + 1)
    } else if (event.key === '0' || event.key === ' ') {
      if (!cell) return
      setMarks((m) => {
        const { [cell.key]: _dropped, ...rest } = m
        return rest
      })
      move(at + 1)
    } else if (event.key === 'ArrowDown') move(at + 1)
    else if (event.key === 'ArrowUp') move(at - 1)
    else if (event.key === 'Enter') void save()
    else return
    event.preventDefault()
  }

  const remove = async (ballot: PeerBallot) => {
    const done = await call(api.evaluate.peerBallotDelete({ id: ballot.id }))
    if (done) {
      void message.success(done.message)
      onChanged()
    }
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        点击下表后用键盘录入：{round.peerGrades.map((g, n) => `${n + 1} = ${g.label}`).join('，')}；0 或空格 = 空着（填票人本人一栏）；↑ ↓ 移动；Enter 保存这张票。已录入 {ballots.length} 张。
      </Typography.Text>
      {refusal && <Alert type="error" showIcon title={refusal} />}
      <div ref={box} tabIndex={0} onKeyDown={onKey} aria-label="互评票录入" data-testid="ballot-entry" style={{ outline: '2px solid #1677ff33', borderRadius: 6 }}>
        <Table<MarkCell>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={cells}
          onRow={(_, n) => ({ onClick: () => setAt(n ?? 0), style: n === at ? { background: '#e6f4ff' } : undefined })}
          columns={[
            { title: '序号', key: 'n', width: 60, render: (_: unknown, __: MarkCell, n: number) => n + 1 },
            { title: '姓名', dataIndex: 'name', width: 100 },
            { title: '所在班组', dataIndex: 'teamName', width: 140 },
            ...(round.peerBy === 'perCriterion' ? [{ title: '评议标准', dataIndex: 'criterion', width: 140 }] : []),
            { title: '等次', key: 'grade', render: (_: unknown, cell: MarkCell) => (marks[cell.key] ? <Tag color="blue">{gradeLabel.get(marks[cell.key])}</Tag> : <Typography.Text type="secondary">—</Typography.Text>) }
          ]}
        />
      </div>
      <Space>
        <Button type="primary" loading={saving} disabled={readOnly} onClick={save}>
          保存这张票（Enter）
        </Button>
        <Button disabled={readOnly} onClick={() => setMarks({})}>
          清空重录
        </Button>
      </Space>
      {ballots.length > 0 && (
        <Table<PeerBallot>
          rowKey="id"
          size="small"
          pagination={{ pageSize: 10 }}
          dataSource={[...ballots].sort((a, b) => b.serial - a.serial)}
          columns={[
            { title: '票号', dataIndex: 'serial', width: 70 },
            { title: '评价人数', key: 'marks', render: (_: unknown, b: PeerBallot) => new Set(b.marks.map((m) => m.personId)).size },
            {
              title: '操作',
              key: 'op',
              width: 90,
              render: (_: unknown, b: PeerBallot) => (
                <Popconfirm title={`删除第${b.serial}号互评票？`} description="只删除这一张录入的票，其他票和纸质计票不变。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove(b)} disabled={readOnly}>
                  <Button type="link" size="small" danger disabled={readOnly}>
                    删除
                  </Button>
                </Popconfirm>
              )
            }
          ]}
        />
      )}
    </Space>
  )
}

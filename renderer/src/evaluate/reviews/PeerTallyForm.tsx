import { Alert, App, Button, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import type { ReviewMember } from '@shared/evaluate/reviews/contract'
import type { PeerTally, ReviewRound } from '@shared/evaluate/reviews/model'
import { tallyExcess } from '@shared/rules/peer-result'
import { api, errorMessage, unwrap } from '../../api/client'
import { useUnsavedValue } from '../../components/unsaved'
import { markCells, type MarkCell } from './cells'
import { DayPicker } from './DayPicker'

interface TallyValues {
  ballotsReturned: number | null
  countedOn: string | null
  counts: Record<string, Record<string, number>>
  /** Opinions from the ballots' 存在问题 column, one line each: they go to the 整改 ledger. */
  remarks: { id?: string; personId: string | null; text: string }[]
}

function startValues(round: ReviewRound, tally: PeerTally | null): TallyValues {
  const counts: TallyValues['counts'] = {}
  for (const row of tally?.rows ?? []) counts[`${row.personId}/${row.criterionId ?? ''}`] = { ...row.counts }
  return { ballotsReturned: tally?.ballotsReturned ?? null, countedOn: tally?.countedOn ?? round.endsOn, counts, remarks: tally?.remarks.map((r) => ({ ...r })) ?? [] }
}

/**
 * 纸质互评票的计票: one row per member (per criterion when graded so), a number per grade, Tab from
 * field to field. A row over the ballots returned minus the member's own turns red before saving.
 */
export function PeerTallyForm({ round, members, tally, onSaved }: { round: ReviewRound; members: ReviewMember[]; tally: PeerTally | null; onSaved: () => void }) {
  const { message } = App.useApp()
  const loaded = useMemo(() => startValues(round, tally), [round, tally])
  const [values, setValues] = useState<TallyValues>(loaded)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const guard = useUnsavedValue(values, loaded)
  useEffect(() => setValues(loaded), [loaded])
  const cells = useMemo(() => markCells(round, members), [round, members])
  const readOnly = Boolean(round.closedOn)
  const returned = values.ballotsReturned ?? 0

  const setRemark = (n: number, change: Partial<TallyValues['remarks'][number]>) => {
    setRefusal(null)
    setValues((v) => ({ ...v, remarks: v.remarks.map((r, k) => (k === n ? { ...r, ...change } : r)) }))
  }

  const setCount = (cell: MarkCell, gradeId: string, n: number | null) => {
    setRefusal(null)
    setValues((v) => ({ ...v, counts: { ...v.counts, [cell.key]: { ...v.counts[cell.key], [gradeId]: n ?? 0 } } }))
  }

  const save = async () => {
    if (!values.ballotsReturned) return setRefusal('请填写收回票数')
    if (!values.countedOn) return setRefusal('请选择计票日期')
    const unfinished = values.remarks.findIndex((r) => !r.personId || !r.text.trim())
    if (unfinished >= 0) return setRefusal(`第${unfinished + 1}条意见：请选择针对的党员并填写意见内容`)
    setSaving(true)
    try {
      await unwrap(
        api.evaluate.peerTallySave({
          roundId: round.id,
          ballotsReturned: values.ballotsReturned,
          countedOn: values.countedOn,
          rows: cells.filter((c) => values.counts[c.key]).map((c) => ({ personId: c.personId, criterionId: c.criterionId, counts: values.counts[c.key] })),
          remarks: values.remarks.map((r) => ({ id: r.id, personId: r.personId!, text: r.text.trim() }))
        })
      )
      guard.accept()
      void message.success('计票已保存')
      onSaved()
    } catch (error) {
      setRefusal(errorMessage(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Form layout="inline" disabled={readOnly}>
        <Form.Item label="收回票数" required>
          <InputNumber min={2} max={2000} precision={0} value={values.ballotsReturned} onChange={(n) => setValues((v) => ({ ...v, ballotsReturned: n }))} aria-label="收回票数" />
        </Form.Item>
        <Form.Item label="计票日期" required>
          <DayPicker value={values.countedOn} onChange={(d) => setValues((v) => ({ ...v, countedOn: d }))} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" loading={saving} onClick={save}>
            保存计票
          </Button>
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">每人各等次票数合计不能超过收回票数减去本人一票（{returned ? returned - 1 : '—'}票）：本人不评自己。按 Tab 依次填写。</Typography.Text>
      {refusal && <Alert type="error" showIcon title={refusal} />}
      <Table<MarkCell>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={cells}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '所在班组', dataIndex: 'teamName', width: 130 },
          ...(round.peerBy === 'perCriterion' ? [{ title: '评议标准', dataIndex: 'criterion', width: 130 }] : []),
          ...round.peerGrades.map((grade) => ({
            title: grade.label,
            key: grade.id,
            width: 100,
            render: (_: unknown, cell: MarkCell) => (
              <InputNumber
                size="small"
                min={0}
                precision={0}
                disabled={readOnly}
                value={values.counts[cell.key]?.[grade.id] ?? null}
                onChange={(n) => setCount(cell, grade.id, n)}
                aria-label={`${cell.name}${cell.criterion}${grade.label}票数`}
              />
            )
          })),
          {
            title: '合计',
            key: 'sum',
            width: 70,
            render: (_: unknown, cell: MarkCell) => {
              const counts = values.counts[cell.key] ?? {}
              const sum = Object.values(counts).reduce((a, n) => a + n, 0)
              const over = returned > 0 && tallyExcess(returned, counts) !== null
              return <Typography.Text type={over ? 'danger' : undefined}>{over ? `${sum}（超出）` : sum}</Typography.Text>
            }
          }
        ]}
      />
      <Typography.Text strong>互评意见（互评票“存在问题”栏，每条一行，记入整改跟踪）</Typography.Text>
      {values.remarks.map((remark, n) => (
        <Space key={remark.id ?? `new-${n}`} align="start">
          <span>{n + 1}.</span>
          <Select
            aria-label={`第${n + 1}条意见针对的党员`}
            placeholder="针对的党员"
            showSearch
            optionFilterProp="label"
            disabled={readOnly}
            style={{ width: 140 }}
            value={remark.personId}
            options={members.map((m) => ({ value: m.personId, label: m.name }))}
            onChange={(personId) => setRemark(n, { personId })}
          />
          <Input aria-label={`第${n + 1}条意见`} maxLength={200} disabled={readOnly} style={{ width: 420 }} value={remark.text} onChange={(e) => setRemark(n, { text: e.target.value })} />
          <Button type="link" danger size="small" disabled={readOnly} onClick={() => setValues((v) => ({ ...v, remarks: v.remarks.filter((_, k) => k !== n) }))}>
            删除
          </Button>
        </Space>
      ))}
      <Button size="small" disabled={readOnly} onClick={() => setValues((v) => ({ ...v, remarks: [...v.remarks, { personId: null, text: '' }] }))} style={{ alignSelf: 'flex-start' }}>
        添加一条意见
      </Button>
    </Space>
  )
}

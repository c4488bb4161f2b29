import { App, Button, Input, InputNumber, Space, Table } from 'antd'
import { useMemo, useState } from 'react'
import type { ContestView } from '@shared/compete/contests/contract'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { CancelButton, GuardedModal, useUnsavedValue } from '../../components/unsaved'

type Row = { entrantId: string; points: number | null; reason: string }

/** 扣分 of one round: points off an entrant's score with the reason, as the 计分办法 allows. */
export function DeductionsModal({ contest, roundId, onCancel, onSaved }: { contest: ContestView; roundId: string; onCancel: () => void; onSaved: (view: ContestView) => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const round = contest.rounds.find((r) => r.id === roundId)
  const loaded = useMemo<Row[]>(
    () =>
      (round?.entrantIds ?? []).map((entrantId) => {
        const d = contest.deductions.find((x) => x.roundId === roundId && x.entrantId === entrantId)
        return { entrantId, points: d?.points ?? null, reason: d?.reason ?? '' }
      }),
    [contest, round, roundId]
  )
  const [rows, setRows] = useState(loaded)
  const guard = useUnsavedValue(rows, loaded)
  const set = (n: number, patch: Partial<Row>) => setRows((all) => all.map((r, i) => (i === n ? { ...r, ...patch } : r)))
  const save = async () => {
    const deductions = rows.filter((r) => r.points).map((r) => ({ entrantId: r.entrantId, points: r.points as number, reason: r.reason.trim() }))
    const view = await call(api.compete.contestDeductionsSave({ contestId: contest.id, roundId, deductions }))
    if (!view) return
    void message.success(deductions.length ? `已保存${deductions.length}项扣分` : '已清除本轮扣分')
    onSaved(view)
  }
  return (
    <GuardedModal open guard={guard} width={720} onCancel={onCancel} title={`扣分 · ${round?.name ?? ''}`} footer={<Space><CancelButton /><Button type="primary" onClick={save}>保存扣分</Button></Space>}>
      <Table<Row>
        size="small"
        rowKey="entrantId"
        pagination={false}
        scroll={{ y: 420 }}
        dataSource={rows}
        columns={[
          { key: 'name', title: '参赛者', render: (_, r) => contest.entrantNames[r.entrantId] },
          { key: 'points', title: '扣分', width: 120, render: (_, r, n) => <InputNumber aria-label={`${contest.entrantNames[r.entrantId]}扣分`} min={0} max={1000} value={r.points} onChange={(v) => set(n, { points: v })} /> },
          { key: 'reason', title: '原因', render: (_, r, n) => <Input maxLength={100} value={r.reason} onChange={(e) => set(n, { reason: e.target.value })} /> }
        ]}
      />
    </GuardedModal>
  )
}

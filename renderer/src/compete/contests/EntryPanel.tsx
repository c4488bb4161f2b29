import { Alert, Segmented, Select, Space, Typography } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import type { ContestView } from '@shared/compete/contests/contract'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { UnsavedContext, useConfirmDiscard } from '../../components/unsaved'
import { useChildScope } from '../../components/unsaved/scope'
import { ScoreGrid } from './ScoreGrid'
import { SheetImport } from './SheetImport'
import { SheetSummary } from './SheetSummary'

type Order = 'roster' | 'strokes' | 'pinyin'
const ORDER_LABELS: Record<Order, string> = { roster: '录入顺序', strokes: '姓氏笔画', pinyin: '拼音' }

const SWITCH_WORDING = { title: '有未保存的成绩，确定换一张评分表？', content: '换表后，刚才录入的成绩不会保存。', okText: '放弃并换表', cancelText: '继续录入' }

/** The judges' sheets of a round: which are in, and the grid of the one chosen (a second keying beside the first). */
export function EntryPanel({ contest, onChanged }: { contest: ContestView; onChanged: (view: ContestView) => void }) {
  const call = useCall()
  const scope = useChildScope()
  const confirm = useConfirmDiscard(scope, SWITCH_WORDING)
  const [roundId, setRoundId] = useState(contest.rounds[0].id)
  const [judgeId, setJudgeId] = useState(contest.judges[0].id)
  const [keying, setKeying] = useState<'first' | 'second'>('first')
  const [order, setOrder] = useState<Order>('strokes')
  // An import replaces the sheet on disk: the grid reads it again.
  const [reload, setReload] = useState(0)
  const [differences, setDifferences] = useState<{ keys: Set<string>; list: string[] }>({ keys: new Set(), list: [] })
  const round = contest.rounds.find((r) => r.id === roundId) ?? contest.rounds[0]
  const result = contest.results.find((r) => r.roundId === round.id)
  const sheet = result?.sheets.find((s) => s.judgeId === judgeId)
  const ordered = useMemo(() => {
    if (order === 'roster') return round.entrantIds
    const inRound = new Set(round.entrantIds)
    return contest.entrantOrders[order].filter((id) => inRound.has(id))
  }, [order, round.entrantIds, contest.entrantOrders])

  const secondKeyed = sheet?.secondKeying !== 'none'
  useEffect(() => {
    if (keying !== 'second' || !secondKeyed) return setDifferences({ keys: new Set(), list: [] })
    void call(api.compete.contestSheetDifferences({ contestId: contest.id, roundId: round.id, judgeId })).then((found) => {
      if (found) setDifferences({ keys: new Set(found.map((d) => `${d.entrantId}/${d.itemId}`)), list: found.map((d) => `${d.name} ${d.itemName}：第一次 ${d.first ?? '空'}，第二次 ${d.second ?? '空'}`) })
    })
  }, [call, contest, round.id, judgeId, keying, secondKeyed])

  const ask = (go: () => void) => confirm(go)
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {result && <SheetSummary sheets={result.sheets} onOpen={(id) => ask(() => setJudgeId(id))} />}
      <Space wrap>
        {contest.rounds.length > 1 && <Segmented value={round.id} onChange={(v) => ask(() => setRoundId(v))} options={contest.rounds.map((r) => ({ value: r.id, label: r.name }))} />}
        <span>评委</span>
        <Select aria-label="评委" value={judgeId} onChange={(v) => ask(() => setJudgeId(v))} style={{ width: 200 }} options={contest.judges.map((j) => ({ value: j.id, label: contest.judgeNames[j.id] }))} />
        <Segmented<'first' | 'second'> value={keying} onChange={(v) => ask(() => setKeying(v))} options={[{ value: 'first', label: '第一次录入' }, { value: 'second', label: '第二次录入（核对）' }]} />
        <span>顺序</span>
        <Select aria-label="顺序" value={order} onChange={(v) => ask(() => setOrder(v))} style={{ width: 120 }} options={(Object.keys(ORDER_LABELS) as Order[]).map((o) => ({ value: o, label: ORDER_LABELS[o] }))} />
        <SheetImport contest={contest} roundId={round.id} judgeId={judgeId} keying={keying} nameOrder={order} ask={ask} onImported={(view) => { setReload((n) => n + 1); onChanged(view) }} />
      </Space>
      {round.entrantIds.length === 0 ? (
        <Typography.Text type="secondary">本轮还没有参赛者：请在竞赛设置中选定「{round.name}」的参赛者。</Typography.Text>
      ) : (
        <>
          {keying === 'second' && differences.list.length > 0 && (
            <Alert type="warning" showIcon title={`两次录入有${differences.list.length}处不一致（标为橙色），请对照纸质评分表改正后保存`} description={differences.list.slice(0, 20).join('；')} />
          )}
          {keying === 'second' && secondKeyed && differences.list.length === 0 && <Alert type="success" showIcon title="两次录入完全一致" />}
          <UnsavedContext.Provider value={scope}>
            <ScoreGrid key={reload} contest={contest} roundId={round.id} judgeId={judgeId} keying={keying} order={ordered} differences={differences.keys} onSaved={onChanged} />
          </UnsavedContext.Provider>
        </>
      )}
    </Space>
  )
}

import { Alert, App, Button, DatePicker, Radio, Space, Table, Tag, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useMemo, useState } from 'react'
import type { NominationView, SelectionView } from '@shared/compete/selections/contract'
import { DECISION_LABELS, DECISIONS, type Decision } from '@shared/compete/selections/model'
import { formatRate } from '@shared/rules/ballot-tally'
import { checkDecisions, SUGGESTION_LABELS } from '@shared/rules/selection-decisions'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { LimitedInput } from '../../components/LimitedText'
import type { TextLimit } from '../../components/text-limit'
import { useUnsavedValue } from '../../components/unsaved'

const NOTE: TextLimit = { label: '决定说明', max: 200 }

interface Values {
  decidedOn: string
  decisions: Record<string, { decision: Decision | null; note: string }>
}

const loadedOf = (selection: SelectionView): Values => ({
  decidedOn: selection.decidedOn || selection.meetingDate || dayjs().format('YYYY-MM-DD'),
  decisions: Object.fromEntries(selection.nominations.map((n) => [n.id, { decision: n.decision, note: n.decisionNote }]))
})

/** 会议决定: 当选 / 未当选 beside each nominee's votes; a decision that departs from them needs its reason. */
export function DecisionsPanel({ selection, onSaved }: { selection: SelectionView; onSaved: (view: SelectionView) => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const loaded = useMemo(() => loadedOf(selection), [selection])
  const [values, setValues] = useState(loaded)
  const [shownFor, setShownFor] = useState(selection)
  const [saving, setSaving] = useState(false)
  if (shownFor !== selection) {
    setShownFor(selection)
    setValues(loaded)
  }
  useUnsavedValue(values, loaded)

  const verdict = selection.tallyCheck?.verdict ?? null
  const published = Boolean(selection.noticeFrom)
  const issues = checkDecisions(
    selection.nominations.map((n) => ({ id: n.id, name: n.nomineeName, decision: values.decisions[n.id]?.decision ?? null, note: values.decisions[n.id]?.note.trim() ?? '', suggestion: n.result?.suggestion ?? null })),
    selection.quota,
    verdict
  )
  const issueOf = (id: string | null) => issues.find((i) => i.nomineeId === id)?.message
  const set = (id: string, patch: Partial<Values['decisions'][string]>) => setValues((v) => ({ ...v, decisions: { ...v.decisions, [id]: { ...v.decisions[id], ...patch } } }))

  const tooLong = Object.values(values.decisions).some((d) => d.note.length > NOTE.max)
  const save = async () => {
    if (issues.length || tooLong) return
    setSaving(true)
    const saved = await call(
      api.compete.selectionDecide({
        id: selection.id,
        decidedOn: values.decidedOn,
        decisions: selection.nominations.map((n) => ({ nominationId: n.id, decision: values.decisions[n.id]?.decision ?? null, note: values.decisions[n.id]?.note.trim() ?? '' }))
      })
    )
    setSaving(false)
    if (saved) {
      void message.success('会议决定已保存；得票保留在旁')
      onSaved(saved)
    }
  }

  if (!selection.tally) return <Alert type="info" showIcon title="请先录入计票，再记录会议决定" />
  const choices = selection.ballot.choices
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {verdict === 'void' && <Alert type="warning" showIcon title={`本轮投票无效：${selection.tallyCheck?.voidReasons.join('；')}`} description="不能记录当选；可记录未当选，或清除计票后重新投票。" />}
      <Typography.Text type="secondary">
        得票供会议参考（不简单以票取人）：按得票一栏为“{choices[0]}票超过有效票半数且在名额（{selection.quota}名）之内”的结果；会议决定与之不同、或得票相同处在名额边界时，请写明理由。
      </Typography.Text>
      <Table<NominationView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={selection.nominations}
        columns={[
          { title: selection.nomineeKind === 'team' ? '被推荐集体' : '被推荐人', dataIndex: 'nomineeName', width: 110 },
          { title: '得票', key: 'votes', render: (_: unknown, n) => (n.votes ? choices.map((c, i) => `${c}${n.votes![i]}`).join(' / ') : '—') },
          { title: `${choices[0]}率`, key: 'rate', width: 80, render: (_: unknown, n) => (n.result && selection.tally ? formatRate(n.result.favourable, selection.tally.valid) : '—') },
          { title: '按得票', key: 'suggestion', width: 150, render: (_: unknown, n) => (n.result ? <Tag color={n.result.suggestion === 'elected' ? 'green' : n.result.suggestion === 'tie' ? 'orange' : undefined}>{SUGGESTION_LABELS[n.result.suggestion]}</Tag> : '—') },
          {
            title: '会议决定',
            key: 'decision',
            width: 170,
            render: (_: unknown, n) => (
              <Radio.Group
                aria-label={`${n.nomineeName}的会议决定`}
                disabled={published}
                value={values.decisions[n.id]?.decision ?? null}
                onChange={(e) => set(n.id, { decision: e.target.value as Decision })}
                options={DECISIONS.map((d) => ({ value: d, label: DECISION_LABELS[d] }))}
              />
            )
          },
          {
            title: '说明',
            key: 'note',
            width: 260,
            render: (_: unknown, n) => {
              const issue = issueOf(n.id)
              return (
                <div>
                  <LimitedInput limit={NOTE} aria-label={`${n.nomineeName}的决定说明`} disabled={published} value={values.decisions[n.id]?.note ?? ''} status={issue ? 'error' : undefined} onChange={(e) => set(n.id, { note: e.target.value })} />
                  {issue && (
                    <Typography.Text type="danger" role="alert" style={{ fontSize: 12 }}>
                      {issue}
                    </Typography.Text>
                  )}
                </div>
              )
            }
          }
        ]}
      />
      {issueOf(null) && <Alert type="error" showIcon title={issueOf(null)} />}
      {!published && (
        <Space>
          <span>会议决定日期</span>
          <DatePicker allowClear={false} value={dayjs(values.decidedOn)} onChange={(d: Dayjs | null) => d && setValues((v) => ({ ...v, decidedOn: d.format('YYYY-MM-DD') }))} />
          <Button type="primary" loading={saving} disabled={issues.length > 0 || tooLong} onClick={save}>
            保存会议决定
          </Button>
        </Space>
      )}
    </Space>
  )
}

import { Alert, App, Button, Form, InputNumber, Space, Table, Typography } from 'antd'
import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { NominationView, SelectionView } from '@shared/compete/selections/contract'
import { formatRate } from '@shared/rules/ballot-tally'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { useUnsavedValue } from '../../components/unsaved'
import { ClearTallyButton } from './ClearTallyButton'
import { cellId, checkTyped, loadedTally, ROUND_FIELDS, ROUND_LABELS, type TallyValues } from './tally-entry'

/**
 * 计票 from the paper ballots, keyboard only: Enter moves to the next figure (the round's five,
 * then each nominee's counts in ballot order) and, after the last, to 保存. The shared tally rules
 * run as the figures are typed and put their sentence at the field.
 */
export function TallyPanel({ selection, onSaved }: { selection: SelectionView; onSaved: (view: SelectionView) => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const loaded = useMemo(() => loadedTally(selection), [selection])
  const [values, setValues] = useState<TallyValues>(loaded)
  const [shownFor, setShownFor] = useState(selection)
  const [tried, setTried] = useState(false)
  const [saving, setSaving] = useState(false)
  const saveButton = useRef<HTMLButtonElement>(null)
  // A selection saved or reloaded elsewhere starts the form again from what is stored.
  if (shownFor !== selection) {
    setShownFor(selection)
    setValues(loaded)
    setTried(false)
  }
  useUnsavedValue(values, loaded)

  const published = Boolean(selection.noticeFrom)
  const decided = selection.nominations.some((n) => n.decision)
  const locked = published || decided
  const check = checkTyped(selection, values)
  const choices = selection.ballot.choices
  const cells = ROUND_FIELDS.length + selection.nominations.length * choices.length

  const moveOn = (n: number) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    if (n + 1 < cells) document.getElementById(cellId(n + 1))?.focus()
    else saveButton.current?.focus()
  }
  const roundIssue = (field: string) => check?.issues.find((issue) => issue.field === field && !issue.nomineeId)?.message
  const rowIssue = (id: string) => {
    const issue = check?.issues.find((i) => i.nomineeId === id)?.message
    const typedAny = (values.votes[id] ?? []).some((v) => v !== null)
    return issue && (tried || typedAny || !issue.startsWith('请录入')) ? issue : undefined
  }
  const listIssue = check?.issues.find((issue) => issue.field === 'votes' && !issue.nomineeId)?.message

  const save = async () => {
    setTried(true)
    if (!check?.verdict) return
    const round = values.round as Record<(typeof ROUND_FIELDS)[number], number>
    setSaving(true)
    const saved = await call(
      api.compete.selectionTallySave({
        id: selection.id,
        ...round,
        votes: check.verdict === 'valid' ? selection.nominations.map((n) => ({ nominationId: n.id, counts: values.votes[n.id] as number[] })) : []
      })
    )
    setSaving(false)
    if (saved) {
      void message.success(check.verdict === 'void' ? '已保存：本轮投票无效，需重新投票' : '计票已保存')
      onSaved(saved)
    }
  }

  const setRound = (field: (typeof ROUND_FIELDS)[number], value: number | null) => setValues((v) => ({ ...v, round: { ...v.round, [field]: value } }))
  const setVote = (id: string, choice: number, value: number | null) =>
    setValues((v) => ({ ...v, votes: { ...v.votes, [id]: (v.votes[id] ?? choices.map(() => null)).map((old, i) => (i === choice ? value : old)) } }))

  const counted = check?.verdict === 'valid'
  const valid = values.round.valid ?? 0

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {locked && (
        <Alert
          type="info"
          showIcon
          title={published ? '评选结果已公示，计票不能修改；如需修改，请先撤回公示' : '已记录会议决定，计票不能修改'}
          action={!published && <ClearTallyButton selection={selection} onCleared={onSaved} />}
        />
      )}
      <Form layout="inline" component="div">
        {ROUND_FIELDS.map((field, n) => {
          const issue = roundIssue(field)
          const blank = tried && values.round[field] === null
          return (
            <Form.Item key={field} label={ROUND_LABELS[field]} htmlFor={cellId(n)} validateStatus={issue || blank ? 'error' : undefined} help={issue ?? (blank ? `请填写${ROUND_LABELS[field]}` : undefined)}>
              <InputNumber id={cellId(n)} min={0} max={100000} precision={0} value={values.round[field]} disabled={locked} onChange={(v) => setRound(field, v)} onKeyDown={moveOn(n)} style={{ width: 96 }} autoFocus={n === 1 && !locked} />
            </Form.Item>
          )
        })}
      </Form>
      {check?.verdict === 'void' && <Alert type="warning" showIcon title={check.voidReasons.join('；')} description="保存后本轮记为无效，不录入得票；请组织重新投票后清除计票再录入。" />}
      {check?.verdict !== 'void' && (
        <Table<NominationView>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={selection.nominations}
          columns={[
            {
              title: selection.nomineeKind === 'team' ? '被推荐集体' : '被推荐人',
              dataIndex: 'nomineeName',
              width: 140,
              render: (name: string, n) => {
                const issue = rowIssue(n.id)
                return (
                  <div>
                    <div>{name}</div>
                    {issue && (
                      <Typography.Text type="danger" role="alert" style={{ fontSize: 12 }}>
                        {issue}
                      </Typography.Text>
                    )}
                  </div>
                )
              }
            },
            ...choices.map((choice, c) => ({
              title: choice,
              key: `choice-${c}`,
              width: 100,
              render: (_: unknown, n: NominationView, row: number) => {
                const cell = ROUND_FIELDS.length + row * choices.length + c
                return (
                  <InputNumber
                    id={cellId(cell)}
                    aria-label={`${n.nomineeName} ${choice}`}
                    min={0}
                    max={100000}
                    precision={0}
                    value={values.votes[n.id]?.[c] ?? null}
                    disabled={locked}
                    status={rowIssue(n.id) ? 'error' : undefined}
                    onChange={(v) => setVote(n.id, c, v)}
                    onKeyDown={moveOn(cell)}
                    style={{ width: 80 }}
                  />
                )
              }
            })),
            {
              title: '合计',
              key: 'sum',
              width: 90,
              render: (_: unknown, n: NominationView) => {
                const typed = values.votes[n.id] ?? []
                if (typed.every((v) => v === null)) return '—'
                return `${typed.reduce<number>((a, b) => a + (b ?? 0), 0)} / ${valid}`
              }
            },
            {
              title: `${choices[0]}率`,
              key: 'rate',
              width: 90,
              render: (_: unknown, n: NominationView) => (counted ? formatRate(values.votes[n.id]?.[0] ?? 0, valid) : '—')
            }
          ]}
        />
      )}
      {listIssue && <Alert type="error" showIcon title={listIssue} />}
      {!locked && (
        <Space>
          <Button ref={saveButton} type="primary" loading={saving} onClick={save}>
            保存计票
          </Button>
          <Typography.Text type="secondary">按回车依次填写；有效票与废票之和应等于收回票数，每人各项得票之和应等于有效票数</Typography.Text>
          {selection.tally && <ClearTallyButton selection={selection} onCleared={onSaved} />}
        </Space>
      )}
    </Space>
  )
}

import { App, Button, Card, Descriptions, Popconfirm, Space, Tabs, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { ContestView } from '@shared/compete/contests/contract'
import { CONTEST_KIND_LABELS, CONTEST_STATUS_LABELS, ENTRANT_KIND_LABELS } from '@shared/compete/contests/model'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { CONTEST_DOCUMENTS, ContestPrint, type ContestDocument } from './ContestPrint'
import { DeductionsModal } from './DeductionsModal'
import { EntryPanel } from './EntryPanel'
import { LifecycleBar } from './LifecycleBar'
import { ResultsPanel } from './ResultsPanel'

const STATUS_COLORS = { draft: 'default', notice: 'processing', final: 'success' } as const

interface Props {
  contest: ContestView
  onBack: () => void
  onEdit: () => void
  onChanged: (view: ContestView) => void
  onDeleted: () => void
}

/** One contest: its sheets being keyed, its results, its lifecycle and its documents. */
export function ContestDetail({ contest, onBack, onEdit, onChanged, onDeleted }: Props) {
  const call = useCall()
  const { message } = App.useApp()
  const [printing, setPrinting] = useState<ContestDocument | null>(null)
  const [deducting, setDeducting] = useState<string | null>(null)
  const sheets = contest.results.reduce((n, r) => n + r.sheets.filter((s) => s.state !== 'missing').length, 0)

  const remove = async () => {
    const removed = await call(api.compete.contestDelete({ id: contest.id }))
    if (!removed) return
    void message.success(`已删除「${contest.name}」及其${removed.sheets}张评分表`)
    onDeleted()
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Space>
            <Button onClick={onBack}>返回列表</Button>
            <span>{contest.name}</span>
            <Tag color={STATUS_COLORS[contest.status]}>{CONTEST_STATUS_LABELS[contest.status]}</Tag>
          </Space>
        }
        extra={
          <Space>
            {contest.status === 'draft' && <Button onClick={onEdit}>修改设置</Button>}
            {contest.status === 'draft' && (
              <Popconfirm title={`删除「${contest.name}」？`} description={`连同已录入的${sheets}张评分表一并删除，不能恢复。`} okText="删除" okButtonProps={{ danger: true }} cancelText="不删除" onConfirm={remove}>
                <Button danger>删除</Button>
              </Popconfirm>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="类别">{CONTEST_KIND_LABELS[contest.kind]}</Descriptions.Item>
          <Descriptions.Item label="日期">{contest.date}</Descriptions.Item>
          <Descriptions.Item label="地点">{contest.place || '—'}</Descriptions.Item>
          <Descriptions.Item label="参赛">
            {ENTRANT_KIND_LABELS[contest.entrantKind]} {contest.entrants.length}
            {contest.entrantKind === 'team' ? '个' : '人'}
          </Descriptions.Item>
          <Descriptions.Item label="评委">{Object.values(contest.judgeNames).join('、')}</Descriptions.Item>
          <Descriptions.Item label="公示期">{contest.noticeFrom ? `${contest.noticeFrom} 至 ${contest.noticeTo}` : '—'}</Descriptions.Item>
        </Descriptions>
        <div style={{ marginTop: 12 }}>
          <LifecycleBar contest={contest} onChanged={onChanged} />
        </div>
        {contest.reopenings.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            重新打开记录：{contest.reopenings.map((r) => `${r.at.slice(0, 10)} ${r.reason}`).join('；')}
          </Typography.Paragraph>
        )}
      </Card>
      <Card size="small">
        <Tabs
          items={[
            { key: 'entry', label: '成绩录入', children: <EntryPanel contest={contest} onChanged={onChanged} /> },
            ...contest.results.map((round) => ({
              key: `results-${round.roundId}`,
              label: contest.results.length > 1 ? `${round.roundName}成绩` : '成绩与奖项',
              children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {contest.rule.deductions && contest.status === 'draft' && <Button onClick={() => setDeducting(round.roundId)}>录入扣分…</Button>}
                  <ResultsPanel contest={contest} round={round} onChanged={onChanged} />
                </Space>
              )
            })),
            {
              key: 'print',
              label: '打印',
              children: (
                <Space>
                  {(Object.keys(CONTEST_DOCUMENTS) as ContestDocument[]).map((doc) => (
                    <Button key={doc} onClick={() => setPrinting(doc)}>
                      {CONTEST_DOCUMENTS[doc]}
                    </Button>
                  ))}
                </Space>
              )
            }
          ]}
        />
      </Card>
      <ContestPrint document={printing} contestId={contest.id} year={contest.year} onClose={() => setPrinting(null)} />
      {deducting && <DeductionsModal contest={contest} roundId={deducting} onCancel={() => setDeducting(null)} onSaved={(view) => { setDeducting(null); onChanged(view) }} />}
    </Space>
  )
}

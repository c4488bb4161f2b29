import { App, Button, Card, Empty, Popconfirm, Select, Space, Tabs, Typography } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import type { ReviewRound } from '@shared/evaluate/reviews/model'
import { periodTitle } from '@shared/rules/review-dates'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { useRosterChoices } from '../../components/useRosterChoices'
import { PrintDialog } from '../../print/PrintDialog'
import { BallotEntry } from './BallotEntry'
import { PeerResultsTable } from './PeerResultsTable'
import { PeerTallyForm } from './PeerTallyForm'
import { RoundForm } from './RoundForm'
import { SelfReviewList } from './SelfReviewList'

const roundName = (r: ReviewRound) => periodTitle(r.year, r.half)

/** 党员自评互评: the rounds, and in the chosen one the self-reviews, the 互评 tally or ballots, and the results. */
export function ReviewsPage() {
  const call = useCall()
  const { message } = App.useApp()
  const settings = useLoad(() => api.settings.get())
  const roster = useRosterChoices()
  const rounds = useLoad(() => api.evaluate.reviewRounds())
  const [roundId, setRoundId] = useState<string | null>(null)
  const [editing, setEditing] = useState<{ round: ReviewRound | null } | null>(null)
  const [printing, setPrinting] = useState<string | null>(null)
  const round = rounds.data?.find((r) => r.id === roundId) ?? rounds.data?.[0]
  useEffect(() => {
    if (!roundId && rounds.data?.[0]) setRoundId(rounds.data[0].id)
  }, [rounds.data, roundId])

  const id = round?.id ?? ''
  const members = useLoad(() => api.evaluate.reviewMembers({ roundId: id }), [id])
  const reviews = useLoad(() => api.evaluate.selfReviews({ roundId: id }), [id])
  const tally = useLoad(() => api.evaluate.peerTally({ roundId: id }), [id])
  const ballots = useLoad(() => api.evaluate.peerBallots({ roundId: id }), [id])
  const results = useLoad(() => api.evaluate.peerResults({ roundId: id }), [id])
  const findings = useLoad(() => api.evaluate.reviewFindings(), [id])
  const tracked = useMemo(() => new Set((findings.data ?? []).map((f) => f.source.itemId ?? '')), [findings.data])
  const reload = () => {
    reviews.reload()
    tally.reload()
    ballots.reload()
    results.reload()
    findings.reload()
  }

  const close = async (closed: boolean) => {
    if (!round) return
    const saved = await call(api.evaluate.reviewRoundClose({ id: round.id, closed }))
    if (saved) {
      void message.success(closed ? `${roundName(saved)}已完成：自评和互评结果不再改动` : `${roundName(saved)}已重新打开，可以修改`)
      rounds.reload()
    }
  }
  const remove = async () => {
    if (!round) return
    const done = await call(api.evaluate.reviewRoundDelete({ id: round.id }))
    if (done) {
      void message.success(done.message)
      setRoundId(null)
      rounds.reload()
    }
  }

  const year = settings.data?.year ?? new Date().getFullYear()
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title="党员自评互评"
        extra={
          <Space wrap>
            <Button type="primary" size="small" onClick={() => setEditing({ round: null })}>
              新增轮次
            </Button>
            {round && (
              <>
                <Button size="small" disabled={Boolean(round.closedOn)} onClick={() => setEditing({ round })}>
                  修改本轮
                </Button>
                {round.closedOn ? (
                  <Popconfirm title="重新打开本轮？" description="打开后自评、计票和互评票可以修改，结果会随之变化。" okText="重新打开" cancelText="取消" onConfirm={() => close(false)}>
                    <Button size="small">重新打开</Button>
                  </Popconfirm>
                ) : (
                  <Popconfirm title="完成本轮？" description="完成后自评和互评结果定稿，不再改动（需要时可重新打开）。" okText="完成" cancelText="取消" onConfirm={() => close(true)}>
                    <Button size="small">完成本轮</Button>
                  </Popconfirm>
                )}
                <Popconfirm
                  title={`删除${roundName(round)}党员自评互评？`}
                  description="本轮的自评、计票和录入的互评票一并删除，领导点评和其他轮次不受影响。"
                  okText="删除"
                  cancelText="取消"
                  okButtonProps={{ danger: true }}
                  onConfirm={remove}
                  disabled={Boolean(round.closedOn)}
                >
                  <Button size="small" danger disabled={Boolean(round.closedOn)}>
                    删除本轮
                  </Button>
                </Popconfirm>
                <Button size="small" onClick={() => setPrinting('self-review-form')}>
                  打印自评表
                </Button>
                <Button size="small" onClick={() => setPrinting('peer-ballot')}>
                  打印互评票
                </Button>
                <Button size="small" onClick={() => setPrinting('review-summary')}>
                  打印汇总表
                </Button>
              </>
            )}
          </Space>
        }
      >
        {rounds.data && rounds.data.length > 0 && (
          <div style={{ marginBottom: 12 }}>
              <Select
                aria-label="评议轮次"
                value={round?.id}
                onChange={setRoundId}
                style={{ width: 240 }}
                options={rounds.data.map((r) => ({ value: r.id, label: `${roundName(r)}${r.closedOn ? '（已完成）' : ''}` }))}
              />
          </div>
        )}
        {!round ? (
          <Empty description="还没有自评互评轮次：点“新增轮次”，评议标准默认为五带头（党员）和五个好（班组、支部）" />
        ) : (
          <>
            <Typography.Paragraph type="secondary">
              {round.startsOn} 至 {round.endsOn}；党员评议标准：{round.memberCriteria.map((c) => c.text).join('、')}；自评每项满分{round.selfScoreMax}分。
            </Typography.Paragraph>
            <Tabs
              items={[
                { key: 'self', label: '自评', children: <SelfReviewList round={round} members={members.data ?? []} teams={roster.teams.filter((t) => !t.deletedAt)} reviews={reviews.data ?? []} tracked={tracked} onChanged={reload} /> },
                { key: 'tally', label: '互评计票（纸质票）', children: <PeerTallyForm round={round} members={members.data ?? []} tally={tally.data ?? null} onSaved={reload} /> },
                { key: 'ballots', label: '逐张录入互评票', children: <BallotEntry round={round} members={members.data ?? []} ballots={ballots.data ?? []} onChanged={reload} /> },
                { key: 'results', label: '互评结果', children: <PeerResultsTable round={round} results={results.data} loading={results.loading} /> }
              ]}
            />
          </>
        )}
      </Card>
      <RoundForm
        open={editing !== null}
        editing={editing?.round ?? null}
        year={year}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          void message.success(`${roundName(saved)}党员自评互评已保存`)
          setEditing(null)
          setRoundId(saved.id)
          rounds.reload()
        }}
      />
      {printing && <PrintDialog open document={printing} preset={round ? { year: round.year } : undefined} onClose={() => setPrinting(null)} />}
    </Space>
  )
}

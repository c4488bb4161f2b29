import { Button, Card, InputNumber, Segmented, Space, Table, Typography } from 'antd'
import { useMemo, useState } from 'react'
import type { PledgeView } from '@shared/show/contract'
import { ASSESSMENT_PERIOD_LABELS, type AssessmentPeriod, type PledgeScope, type PledgeStatus } from '@shared/show/model'
import { isActive } from '@shared/rules/pledge-workflow'
import { basisText } from '@shared/rules/pledge-assessment-basis'
import { api } from '../../api/client'
import { useLoad } from '../../api/useCall'
import { useRosterChoices } from '../../components/useRosterChoices'
import { PrintDialog } from '../../print/PrintDialog'
import { ClearSelection, selectableTable } from '../selectable-table'
import { OwnerLink, ownerName, pledgeTeamId, ScopeTag, StatusTag } from '../pledge-display'
import { PledgeDetailDrawer } from '../pledges/PledgeDetailDrawer'
import { commonActions, usePledgeWorkflow } from '../pledges/usePledgeWorkflow'
import { currentPeriod } from './AssessmentPanel'
import { AssessmentSettings } from './AssessmentSettings'
import { ResultText } from './ResultText'

interface Row extends PledgeView {
  owner: string
  teamName: string
  records: number
}

/** 亮形象: how each public pledge is being kept, its 评诺 result, and the 践诺情况公示. */
export function AssessmentPage() {
  const roster = useRosterChoices()
  const settings = useLoad(() => api.settings.get())
  const [year, setYear] = useState<number | null>(null)
  const shownYear = year ?? settings.data?.year ?? new Date().getFullYear()
  const [period, setPeriod] = useState<AssessmentPeriod>(currentPeriod)
  const pledges = useLoad(() => api.show.pledges({ year: shownYear }), [shownYear])
  const assessments = useLoad(() => api.show.assessments({ year: shownYear, period }), [shownYear, period])
  const fulfilments = useLoad(() => api.show.fulfilments())
  const [selected, setSelected] = useState<string[]>([])
  const [detailId, setDetailId] = useState<string | null>(null)
  const [printing, setPrinting] = useState(false)
  const branchName = settings.data?.branchName ?? ''

  const refresh = () => {
    pledges.reload()
    assessments.reload()
    fulfilments.reload()
    setSelected([])
  }
  const workflow = usePledgeWorkflow(refresh)

  const rows: Row[] = useMemo(
    () =>
      (pledges.data ?? [])
        .filter((p) => isActive(p.status))
        .map((p) => ({
          ...p,
          owner: ownerName(p, roster, branchName),
          teamName: roster.teamName(pledgeTeamId(p, roster)),
          records: (fulfilments.data ?? []).filter((f) => f.pledgeId === p.id).length
        })),
    [pledges.data, fulfilments.data, roster, branchName]
  )
  const assessmentOf = (id: string) => assessments.data?.find((a) => a.pledgeId === id)
  const canFinish = commonActions(rows.filter((r) => selected.includes(r.id))).includes('finish')
  const detail = rows.find((r) => r.id === detailId) ?? null

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap data-toolbar="assessment-filters">
          <span>年度</span>
          <InputNumber aria-label="年度" min={2000} max={2100} precision={0} value={shownYear} onChange={(v) => v && setYear(v)} style={{ width: 96 }} />
          <Segmented<AssessmentPeriod> value={period} onChange={setPeriod} options={(['midYear', 'yearEnd'] as const).map((p) => ({ value: p, label: ASSESSMENT_PERIOD_LABELS[p] }))} />
          <Button type="primary" onClick={() => setPrinting(true)}>
            打印践诺情况公示
          </Button>
        </Space>
      </Card>
      <Card
        size="small"
        title={`${ASSESSMENT_PERIOD_LABELS[period]} · 已公开的承诺（${rows.length} 条）`}
        extra={
          selected.length > 0 && (
            <Space data-toolbar="assessment-batch">
              <Button size="small" disabled={!canFinish || workflow.busy} onClick={() => workflow.run(selected, 'finish')}>
                所选全部完成评诺
              </Button>
              <ClearSelection onClear={() => setSelected([])} />
            </Space>
          )
        }
      >
        <Table<Row>
          {...selectableTable(selected, setSelected)}
          loading={pledges.loading || assessments.loading}
          dataSource={rows}
          locale={{ emptyText: '还没有公开的承诺。承诺经支部审核并公开后，在这里记录践诺、评诺。' }}
          columns={[
            { title: '承诺人', dataIndex: 'owner', render: (o: string, r) => <OwnerLink name={o} onOpen={() => setDetailId(r.id)} /> },
            { title: '班组', dataIndex: 'teamName', width: 130 },
            { title: '类型', dataIndex: 'scope', width: 100, render: (s: PledgeScope) => <ScopeTag scope={s} /> },
            { title: '状态', dataIndex: 'status', width: 100, render: (s: PledgeStatus) => <StatusTag status={s} /> },
            { title: '践诺记录', dataIndex: 'records', width: 90, render: (n: number) => `${n} 条` },
            {
              title: '评诺结果',
              key: 'result',
              render: (_: unknown, r) => {
                const assessment = assessmentOf(r.id)
                if (!assessment) return <Typography.Text type="secondary">未评</Typography.Text>
                return (
                  <Space orientation="vertical" size={0}>
                    <ResultText result={assessment.result} />
                    {/* A final result says which settings it keeps; the others follow the card below. */}
                    {assessment.basis && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {basisText(assessment, assessment.config)}
                      </Typography.Text>
                    )}
                  </Space>
                )
              }
            },
            {
              title: '操作',
              key: 'op',
              width: 140,
              render: (_: unknown, r) => (
                <Button type="link" size="small" onClick={() => setDetailId(r.id)}>
                  践诺·评诺
                </Button>
              )
            }
          ]}
        />
      </Card>
      <AssessmentSettings onSaved={assessments.reload} />
      {workflow.reasonModal}
      <PledgeDetailDrawer
        pledge={detail}
        owner={detail?.owner ?? ''}
        roster={roster}
        initialTab="assessment"
        onClose={() => setDetailId(null)}
        onChanged={refresh}
        onAction={(action) => detail && workflow.run([detail.id], action)}
      />
      {printing && <PrintDialog open document="fulfilment-notice" preset={{ year: shownYear }} onClose={() => setPrinting(false)} />}
    </Space>
  )
}

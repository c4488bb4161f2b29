import { App, Button, Card, Checkbox, Input, InputNumber, Select, Space, Table, Tag } from 'antd'
import { useEffect, useState } from 'react'
import type { TrainingPlanView } from '@shared/compete/training/contract'
import { TRAINING_STATUS_LABELS, TRAINING_STATUSES, type TrainingStatus } from '@shared/compete/training/model'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { useRosterChoices } from '../../components/useRosterChoices'
import { takeReminderKey } from '../../home/reminder-link'
import { PrintDialog } from '../../print/PrintDialog'
import { DueTag } from './DueTag'
import { RowActions } from './parts'
import { TrainingPlanForm } from './TrainingPlanForm'

const STATUS_COLORS: Record<TrainingStatus, string> = { planned: 'default', running: 'processing', done: 'success', unfinished: 'warning' }

/** 比技能 · 人才培养计划: every plan of the year, the overdue ones marked, edited in a drawer. */
export function TrainingPlansPage() {
  const call = useCall()
  const { message } = App.useApp()
  const roster = useRosterChoices()
  const settings = useLoad(() => api.settings.get())
  // All years at once (a unit has tens of plans): a reminder may open a plan of another year.
  const plans = useLoad(() => api.compete.trainingPlans())
  const [year, setYear] = useState<number | null>(null)
  const shownYear = year ?? settings.data?.year ?? new Date().getFullYear()
  const [status, setStatus] = useState<TrainingStatus | 'all'>('all')
  const [overdueOnly, setOverdueOnly] = useState(false)
  const [search, setSearch] = useState('')
  const [form, setForm] = useState<{ planId: string | null } | null>(null)
  const [printing, setPrinting] = useState(false)

  // Opened from a reminder on 首页: show that plan, in its year.
  const [reminded] = useState(takeReminderKey)
  useEffect(() => {
    const plan = reminded && plans.data?.find((p) => `trainingPlans/${p.id}` === reminded)
    if (!plan) return
    setYear(plan.year)
    setForm({ planId: plan.id })
  }, [reminded, plans.data])

  const ofYear = (plans.data ?? []).filter((p) => p.year === shownYear)
  const shown = ofYear.filter(
    (p) =>
      (status === 'all' || p.status === status) &&
      (!overdueOnly || p.overdue) &&
      (!search.trim() || p.personName.includes(search.trim()) || (roster.person(p.personId)?.initials ?? '').startsWith(search.trim().toLowerCase()))
  )
  const overdueCount = ofYear.filter((p) => p.overdue).length
  const editing = form?.planId ? (plans.data ?? []).find((p) => p.id === form.planId) ?? null : null

  const remove = async (plan: TrainingPlanView) => {
    const done = await call(api.compete.trainingPlanDelete({ id: plan.id }))
    if (!done) return
    void message.success(done.message)
    plans.reload()
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <div data-toolbar="training-filters" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
          <span>年度</span>
          <InputNumber aria-label="年度" min={2000} max={2100} precision={0} value={shownYear} onChange={(v) => v && setYear(v)} style={{ width: 96 }} />
          <Select<TrainingStatus | 'all'>
            aria-label="状态"
            value={status}
            onChange={setStatus}
            style={{ width: 150 }}
            popupMatchSelectWidth={false}
            options={[{ value: 'all', label: '全部状态' }, ...TRAINING_STATUSES.map((s) => ({ value: s, label: `${TRAINING_STATUS_LABELS[s]}（${ofYear.filter((p) => p.status === s).length} 项）` }))]}
          />
          <Checkbox checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)}>
            只看逾期{overdueCount ? `（${overdueCount} 项）` : ''}
          </Checkbox>
          <Input allowClear aria-label="搜索培养对象" placeholder="姓名或拼音首字母" onChange={(e) => setSearch(e.target.value)} style={{ width: 180 }} />
          <Space style={{ marginInlineStart: 'auto' }}>
            <Button onClick={() => setPrinting(true)}>打印培养计划表</Button>
            <Button type="primary" onClick={() => setForm({ planId: null })}>
              新增培养计划
            </Button>
          </Space>
        </div>
      </Card>

      <Card size="small" title={`${shownYear}年度人才培养计划（${shown.length} 项）`}>
        <Table<TrainingPlanView>
          rowKey="id"
          size="small"
          loading={plans.loading}
          dataSource={shown}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: ofYear.length ? '没有符合筛选条件的培养计划' : '本年度还没有人才培养计划。点“新增培养计划”开始。' }}
          columns={[
            {
              title: '培养对象',
              dataIndex: 'personName',
              width: 120,
              render: (name: string, p) => (
                <Space size={4} wrap>
                  <Button type="link" size="small" autoInsertSpace={false} style={{ padding: 0 }} data-testid={`plan-person-${p.id}`} onClick={() => setForm({ planId: p.id })}>
                    {name}
                  </Button>
                  {!roster.loading && !roster.person(p.personId) && <Tag>已移到回收站</Tag>}
                </Space>
              )
            },
            { title: '班组', dataIndex: 'teamName', width: 120, responsive: ['xl'] },
            { title: '培养目标', dataIndex: 'target', ellipsis: { showTitle: true } },
            { title: '导师', dataIndex: 'mentorName', width: 90 },
            { title: '起止日期', key: 'days', width: 200, render: (_: unknown, p) => `${p.startOn} 至 ${p.dueOn}` },
            {
              title: '状态',
              dataIndex: 'status',
              width: 170,
              render: (s: TrainingStatus, p) => (
                <Space size={4}>
                  <Tag color={STATUS_COLORS[s]}>{TRAINING_STATUS_LABELS[s]}</Tag>
                  <DueTag plan={p} />
                </Space>
              )
            },
            {
              title: '操作',
              key: 'actions',
              width: 120,
              render: (_: unknown, p) => (
                <RowActions title="删除这项培养计划？" lines={p.notes.length} linesWhat="进展记录" onEdit={() => setForm({ planId: p.id })} onDelete={() => remove(p)} />
              )
            }
          ]}
        />
      </Card>

      <TrainingPlanForm
        open={form !== null}
        plan={editing}
        year={shownYear}
        roster={roster}
        onClose={() => setForm(null)}
        onSaved={(saved, close) => {
          plans.reload()
          setForm(close ? null : { planId: saved.id })
        }}
      />
      {printing && <PrintDialog open document="training-plans" preset={{ year: shownYear }} onClose={() => setPrinting(false)} />}
    </Space>
  )
}

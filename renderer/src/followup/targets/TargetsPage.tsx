import { App, Button, Card, Form, Popconfirm, Radio, Space, Table, Tag } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { CHECK_RESULT_LABELS, CHECK_RESULTS, type CheckResult, type ResponsibilityTarget } from '@shared/followup/targets'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { LimitedTextArea } from '../../components/LimitedText'
import { PersonPicker } from '../../components/PersonPicker'
import { textRules, type TextLimit } from '../../components/text-limit'
import { useRosterChoices } from '../../components/useRosterChoices'
import { ActionModal } from '../common/ActionModal'
import { DayInput, todayDay } from '../common/DayInput'
import { HolderInput, holderLabel, holderRule, type HolderValue } from '../common/HolderInput'

const TARGET: TextLimit = { label: '责任目标', max: 300, required: true }
const MEASURES: TextLimit = { label: '工作措施', max: 500 }
const NOTE: TextLimit = { label: '检查情况', max: 300 }
const RESULT_COLORS: Record<CheckResult, string> = { met: 'green', partly: 'orange', notMet: 'red' }

interface TargetValues {
  holder: HolderValue
  target: string
  measures: string
  ownerId: string | null
  checkDates: (string | null)[]
}

/** 目标责任: each leader's and team's targets for the year, their check dates and what each check found. */
export function TargetsPage() {
  const call = useCall()
  const { message } = App.useApp()
  const roster = useRosterChoices()
  const settings = useLoad(() => api.settings.get())
  const year = settings.data?.year ?? dayjs().year()
  const targets = useLoad(() => api.followup.targets({ year }), [year])
  const [editing, setEditing] = useState<ResponsibilityTarget | 'new' | null>(null)
  const [checking, setChecking] = useState<ResponsibilityTarget | null>(null)
  const current = editing === 'new' ? null : editing

  const save = async (v: TargetValues) => {
    const saved = await call(
      api.followup.targetSave({
        id: current?.id,
        year,
        holder: { kind: v.holder.kind === 'team' ? 'team' : 'person', id: v.holder.id ?? '' },
        target: v.target?.trim() ?? '',
        measures: v.measures?.trim() ?? '',
        ownerId: v.ownerId ?? null,
        checkDates: (v.checkDates ?? []).filter((d): d is string => Boolean(d))
      })
    )
    if (!saved) return false
    void message.success('目标责任已保存')
    targets.reload()
    return true
  }
  const remove = async (t: ResponsibilityTarget) => {
    const told = await call(api.followup.targetDelete({ id: t.id }))
    if (told) void message.success(told.message)
    targets.reload()
  }

  return (
    <Card
      size="small"
      title={`${year}年度目标责任（${targets.data?.length ?? 0} 项）`}
      extra={
        <Button type="primary" onClick={() => setEditing('new')}>
          新增目标
        </Button>
      }
    >
      <Table<ResponsibilityTarget>
        rowKey="id"
        loading={targets.loading || roster.loading}
        dataSource={targets.data ?? []}
        pagination={false}
        locale={{ emptyText: '还没有目标责任。点“新增目标”为领导和班组分别确定本年度的目标。' }}
        columns={[
          { title: '责任主体', width: 130, render: (_: unknown, t) => holderLabel(t.holder, roster) },
          { title: '责任目标', dataIndex: 'target' },
          { title: '工作措施', dataIndex: 'measures', responsive: ['xl'] },
          { title: '责任人', width: 90, render: (_: unknown, t) => roster.person(t.ownerId)?.name ?? '' },
          { title: '检查时间', dataIndex: 'checkDates', width: 110, render: (days: string[]) => days.map((d) => <div key={d}>{d}</div>) },
          {
            title: '检查结果',
            width: 200,
            render: (_: unknown, t) =>
              t.checks.map((c) => (
                <div key={c.id}>
                  {c.on} <Tag color={RESULT_COLORS[c.result]}>{CHECK_RESULT_LABELS[c.result]}</Tag>
                  {c.note}
                </div>
              ))
          },
          {
            title: '操作',
            width: 170,
            render: (_: unknown, t) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setChecking(t)}>
                  记录检查
                </Button>
                <Button type="link" size="small" onClick={() => setEditing(t)}>
                  修改
                </Button>
                <Popconfirm title="删除这项目标责任？" description={`${t.checks.length}次检查结果一并删除。`} okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove(t)}>
                  <Button type="link" size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            )
          }
        ]}
      />
      <ActionModal<TargetValues>
        open={editing !== null}
        title={current ? '修改目标责任' : '新增目标责任'}
        width={640}
        initialValues={
          current
            ? { holder: current.holder, target: current.target, measures: current.measures, ownerId: current.ownerId, checkDates: [...current.checkDates] }
            : { holder: { kind: 'person', id: null }, target: '', measures: '', ownerId: null, checkDates: [`${year}-06-30`, `${year}-12-20`] }
        }
        onClose={() => setEditing(null)}
        onSubmit={save}
      >
        <Form.Item name="holder" label="责任主体" rules={[holderRule('责任主体')]}>
          <HolderInput roster={roster} />
        </Form.Item>
        <Form.Item name="target" label="责任目标" rules={textRules(TARGET)}>
          <LimitedTextArea limit={TARGET} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="measures" label="工作措施" rules={textRules(MEASURES)}>
          <LimitedTextArea limit={MEASURES} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="ownerId" label="责任人">
          <PersonPicker people={roster.people.filter((p) => !p.isOutsider)} placeholder="选择责任人" style={{ width: 200 }} />
        </Form.Item>
        <Form.List name="checkDates">
          {(fields, { add, remove: drop }) => (
            <Form.Item label="检查时间">
              <Space wrap>
                {fields.map((field) => (
                  <Space.Compact key={field.key}>
                    <Form.Item name={field.name} noStyle>
                      <DayInput />
                    </Form.Item>
                    <Button onClick={() => drop(field.name)} aria-label="去掉这个检查时间">
                      ×
                    </Button>
                  </Space.Compact>
                ))}
                <Button onClick={() => add(null)}>添加检查时间</Button>
              </Space>
            </Form.Item>
          )}
        </Form.List>
      </ActionModal>
      <ActionModal<{ on: string | null; result: CheckResult; note: string }>
        open={checking !== null}
        title={`记录检查 · ${checking ? holderLabel(checking.holder, roster) : ''}`}
        initialValues={{ on: todayDay(), result: 'met', note: '' }}
        onClose={() => setChecking(null)}
        onSubmit={async (v) => {
          const saved = await call(api.followup.targetCheck({ targetId: checking!.id, on: v.on ?? '', result: v.result, note: v.note?.trim() ?? '' }))
          if (!saved) return false
          void message.success('检查结果已记录')
          targets.reload()
          return true
        }}
      >
        <Form.Item name="on" label="检查日期" rules={[{ required: true, message: '请选择检查日期' }]}>
          <DayInput />
        </Form.Item>
        <Form.Item name="result" label="检查结果">
          <Radio.Group optionType="button" options={CHECK_RESULTS.map((r) => ({ value: r, label: CHECK_RESULT_LABELS[r] }))} />
        </Form.Item>
        <Form.Item name="note" label="检查情况" rules={textRules(NOTE)}>
          <LimitedTextArea limit={NOTE} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </ActionModal>
    </Card>
  )
}

import { App, Button, Card, Form, InputNumber, Popconfirm, Radio, Space, Table, Tabs, Tag } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { REWARD_PENALTY_KIND_LABELS, REWARD_PENALTY_KINDS, type AssessmentRecord, type RewardPenalty, type RewardPenaltyKind } from '@shared/followup/records'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { LimitedInput, LimitedTextArea } from '../../components/LimitedText'
import { textRules, type TextLimit } from '../../components/text-limit'
import { useRosterChoices } from '../../components/useRosterChoices'
import { ActionModal } from '../common/ActionModal'
import { DayInput, todayDay } from '../common/DayInput'
import { HolderInput, holderLabel, holderRule, type HolderValue } from '../common/HolderInput'

const ITEM: TextLimit = { label: '考核内容', max: 100, required: true }
const RESULT: TextLimit = { label: '考核结果', max: 60, required: true }
const ASSESSOR: TextLimit = { label: '考核人', max: 30 }
const NOTE: TextLimit = { label: '备注', max: 300 }
const TITLE: TextLimit = { label: '奖惩名称', max: 40, required: true }
const REASON: TextLimit = { label: '奖惩事由', max: 300, required: true }
const ISSUED: TextLimit = { label: '决定单位', max: 40 }

type Holder = { kind: 'person' | 'team'; id: string }
const asHolder = (v: HolderValue): Holder => ({ kind: v.kind === 'team' ? 'team' : 'person', id: v.id ?? '' })

interface RecordValues {
  holder: HolderValue
  on: string | null
  item: string
  result: string
  score: number | null
  assessor: string
  note: string
}
interface RewardValues {
  holder: HolderValue
  kind: RewardPenaltyKind
  title: string
  reason: string
  on: string | null
  issuedBy: string
}

/** 考核记录 and 奖惩 per person or team, for the year. */
export function RecordsPage() {
  const call = useCall()
  const { message } = App.useApp()
  const roster = useRosterChoices()
  const settings = useLoad(() => api.settings.get())
  const year = settings.data?.year ?? dayjs().year()
  const records = useLoad(() => api.followup.assessmentRecords({ year }), [year])
  const rewards = useLoad(() => api.followup.rewardPenalties({ year }), [year])
  const [record, setRecord] = useState<AssessmentRecord | 'new' | null>(null)
  const [reward, setReward] = useState<RewardPenalty | 'new' | null>(null)
  const editingRecord = record === 'new' ? null : record
  const editingReward = reward === 'new' ? null : reward
  const told = (text?: string) => text && void message.success(text)
  const deleteButton = (onConfirm: () => void) => (
    <Popconfirm title="删除这条记录？" description="删除后无法恢复。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={onConfirm}>
      <Button type="link" size="small" danger>
        删除
      </Button>
    </Popconfirm>
  )

  return (
    <Card size="small">
      <Tabs
        items={[
          {
            key: 'rewards',
            label: `奖惩（${rewards.data?.length ?? 0}）`,
            children: (
              <>
                <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setReward('new')}>
                  新增奖惩
                </Button>
                <Table<RewardPenalty>
                  size="small"
                  rowKey="id"
                  loading={rewards.loading || roster.loading}
                  dataSource={rewards.data ?? []}
                  columns={[
                    { title: '日期', dataIndex: 'on', width: 110 },
                    { title: '对象', width: 130, render: (_: unknown, r) => holderLabel(r.holder, roster) },
                    { title: '类别', dataIndex: 'kind', width: 80, render: (k: RewardPenaltyKind) => <Tag color={k === 'reward' ? 'red' : 'default'}>{REWARD_PENALTY_KIND_LABELS[k]}</Tag> },
                    { title: '名称', dataIndex: 'title', width: 150 },
                    { title: '事由', dataIndex: 'reason' },
                    { title: '决定单位', dataIndex: 'issuedBy', width: 120, responsive: ['xl'] },
                    {
                      title: '操作',
                      width: 120,
                      render: (_: unknown, r) => (
                        <Space size={0}>
                          <Button type="link" size="small" onClick={() => setReward(r)}>
                            修改
                          </Button>
                          {deleteButton(async () => (told((await call(api.followup.rewardPenaltyDelete({ id: r.id })))?.message), rewards.reload()))}
                        </Space>
                      )
                    }
                  ]}
                />
              </>
            )
          },
          {
            key: 'records',
            label: `考核记录（${records.data?.length ?? 0}）`,
            children: (
              <>
                <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setRecord('new')}>
                  新增考核记录
                </Button>
                <Table<AssessmentRecord>
                  size="small"
                  rowKey="id"
                  loading={records.loading || roster.loading}
                  dataSource={records.data ?? []}
                  columns={[
                    { title: '日期', dataIndex: 'on', width: 110 },
                    { title: '考核对象', width: 130, render: (_: unknown, r) => holderLabel(r.holder, roster) },
                    { title: '考核内容', dataIndex: 'item' },
                    { title: '结果', dataIndex: 'result', width: 90 },
                    { title: '得分', dataIndex: 'score', width: 70, align: 'center' },
                    { title: '考核人', dataIndex: 'assessor', width: 120, responsive: ['xl'] },
                    {
                      title: '操作',
                      width: 120,
                      render: (_: unknown, r) => (
                        <Space size={0}>
                          <Button type="link" size="small" onClick={() => setRecord(r)}>
                            修改
                          </Button>
                          {deleteButton(async () => (told((await call(api.followup.assessmentRecordDelete({ id: r.id })))?.message), records.reload()))}
                        </Space>
                      )
                    }
                  ]}
                />
              </>
            )
          }
        ]}
      />
      <ActionModal<RewardValues>
        open={reward !== null}
        title={editingReward ? '修改奖惩' : '新增奖惩'}
        width={620}
        initialValues={editingReward ? { ...editingReward } : { holder: { kind: 'person', id: null }, kind: 'reward', title: '', reason: '', on: todayDay(), issuedBy: settings.data?.branchName ?? '' }}
        onClose={() => setReward(null)}
        onSubmit={async (v) => {
          const saved = await call(
            api.followup.rewardPenaltySave({ id: editingReward?.id, holder: asHolder(v.holder), kind: v.kind, title: v.title?.trim() ?? '', reason: v.reason?.trim() ?? '', on: v.on ?? '', issuedBy: v.issuedBy?.trim() ?? '' })
          )
          if (!saved) return false
          told('奖惩记录已保存')
          rewards.reload()
          return true
        }}
      >
        <Form.Item name="holder" label="对象" rules={[holderRule('奖惩对象')]}>
          <HolderInput roster={roster} />
        </Form.Item>
        <Form.Item name="kind" label="类别">
          <Radio.Group optionType="button" options={REWARD_PENALTY_KINDS.map((k) => ({ value: k, label: REWARD_PENALTY_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="title" label="名称" rules={textRules(TITLE)}>
          <LimitedInput limit={TITLE} placeholder="如：通报表扬、满意窗口、通报批评" />
        </Form.Item>
        <Form.Item name="reason" label="事由" rules={textRules(REASON)}>
          <LimitedTextArea limit={REASON} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="on" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DayInput />
        </Form.Item>
        <Form.Item name="issuedBy" label="决定单位" rules={textRules(ISSUED)}>
          <LimitedInput limit={ISSUED} />
        </Form.Item>
      </ActionModal>
      <ActionModal<RecordValues>
        open={record !== null}
        title={editingRecord ? '修改考核记录' : '新增考核记录'}
        width={620}
        initialValues={editingRecord ? { ...editingRecord } : { holder: { kind: 'team', id: null }, on: todayDay(), item: '', result: '', score: null, assessor: '', note: '' }}
        onClose={() => setRecord(null)}
        onSubmit={async (v) => {
          const saved = await call(
            api.followup.assessmentRecordSave({ id: editingRecord?.id, holder: asHolder(v.holder), on: v.on ?? '', item: v.item?.trim() ?? '', result: v.result?.trim() ?? '', score: v.score ?? null, assessor: v.assessor?.trim() ?? '', note: v.note?.trim() ?? '' })
          )
          if (!saved) return false
          told('考核记录已保存')
          records.reload()
          return true
        }}
      >
        <Form.Item name="holder" label="考核对象" rules={[holderRule('考核对象')]}>
          <HolderInput roster={roster} />
        </Form.Item>
        <Form.Item name="on" label="考核日期" rules={[{ required: true, message: '请选择考核日期' }]}>
          <DayInput />
        </Form.Item>
        <Form.Item name="item" label="考核内容" rules={textRules(ITEM)}>
          <LimitedInput limit={ITEM} />
        </Form.Item>
        <Form.Item name="result" label="考核结果" rules={textRules(RESULT)}>
          <LimitedInput limit={RESULT} placeholder="如：优秀、合格" />
        </Form.Item>
        <Form.Item name="score" label="得分">
          <InputNumber min={0} max={100} precision={1} />
        </Form.Item>
        <Form.Item name="assessor" label="考核人" rules={textRules(ASSESSOR)}>
          <LimitedInput limit={ASSESSOR} />
        </Form.Item>
        <Form.Item name="note" label="备注" rules={textRules(NOTE)}>
          <LimitedTextArea limit={NOTE} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </ActionModal>
    </Card>
  )
}

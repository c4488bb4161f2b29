import { Alert, App, Button, Descriptions, Divider, Drawer, Form, Popconfirm, Radio, Space, Timeline, Typography } from 'antd'
import { useState } from 'react'
import type { Result } from '@shared/contract'
import type { RectificationView } from '@shared/followup/contract'
import { FEEDBACK_CHANNEL_LABELS, FEEDBACK_CHANNELS, type ChaseSubject, type FeedbackChannel } from '@shared/followup/ledger'
import { FINDING_KIND_LABELS } from '@shared/model/finding'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { LimitedTextArea } from '../../components/LimitedText'
import { PersonPicker } from '../../components/PersonPicker'
import { textRules, type TextLimit } from '../../components/text-limit'
import type { RosterChoices } from '../../components/useRosterChoices'
import { ChaseHistory } from '../chase/ChaseHistory'
import { ChaseModal } from '../chase/ChaseModal'
import { ChasePrintModal } from '../chase/ChasePrintModal'
import { ActionModal } from '../common/ActionModal'
import { DayInput, todayDay } from '../common/DayInput'
import { holderLabel } from '../common/HolderInput'
import { DeadlineTag, RectificationStatusTag } from '../common/display'

const PROGRESS: TextLimit = { label: '整改进展', max: 300, required: true }
const EVIDENCE: TextLimit = { label: '完成佐证', max: 300, required: true }
const CHECK: TextLimit = { label: '成效检查情况', max: 300, required: true }
const FEEDBACK: TextLimit = { label: '反馈情况', max: 300 }

type Step = 'progress' | 'complete' | 'check' | 'feedback'

interface Props {
  item: RectificationView | null
  roster: RosterChoices
  branchName: string
  onClose: () => void
  onChanged: () => void
  onEdit: (item: RectificationView) => void
}

/** One item: what, whose, by when, its notes and chases, and the next step (进展 → 完成 → 验收销号 → 反馈). */
export function RectificationDrawer({ item, roster, branchName, onClose, onChanged, onEdit }: Props) {
  const call = useCall()
  const { message } = App.useApp()
  const [step, setStep] = useState<Step | null>(null)
  const [chasing, setChasing] = useState<ChaseSubject | null>(null)
  const [printing, setPrinting] = useState<ChaseSubject[] | null>(null)
  const key = item ? `followup/rectifications/${item.id}` : ''
  const chases = useLoad(() => api.followup.chases({ key }), [key, item?.chaseCount])
  if (!item) return <Drawer open={false} />

  const subject: ChaseSubject = { key, stage: 'followup', kind: '整改事项', title: item.problem.slice(0, 100), ownerName: holderLabel(item.owner, roster, branchName), dueOn: item.deadline }
  const done = (text: string) => {
    void message.success(text)
    onChanged()
    return true
  }
  const run = async <T,>(pending: Promise<Result<T>>, text: string) => ((await call(pending)) !== undefined ? done(text) : false)
  const remove = async () => {
    const told = await call(api.followup.rectificationDelete({ id: item.id }))
    if (!told) return
    void message.success(told.message)
    onClose()
    onChanged()
  }

  const open = item.status !== 'closed'
  return (
    <Drawer
      open
      onClose={onClose}
      size={680}
      title={
        <Space>
          整改事项
          <RectificationStatusTag status={item.status} />
          <DeadlineTag overdue={item.overdue} daysPastDeadline={item.daysPastDeadline} />
        </Space>
      }
      extra={
        open && (
          <Space>
            <Button onClick={() => onEdit(item)}>修改</Button>
            <Popconfirm
              title="删除这项整改事项？"
              description={`它的${item.chaseCount}条催办记录一并删除；问题来源的记录不变。`}
              okText="删除"
              cancelText="取消"
              okButtonProps={{ danger: true }}
              onConfirm={remove}
            >
              <Button danger>删除</Button>
            </Popconfirm>
          </Space>
        )
      }
    >
      {item.overdue && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={`已超过整改时限${item.daysPastDeadline}天`} />}
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 110 } }}>
        <Descriptions.Item label="存在问题">{item.problem}</Descriptions.Item>
        <Descriptions.Item label="问题来源">
          {FINDING_KIND_LABELS[item.kind]}
          {item.sourceTitle && ` · ${item.sourceTitle}`}
        </Descriptions.Item>
        <Descriptions.Item label="整改措施">{item.measures || '—'}</Descriptions.Item>
        <Descriptions.Item label="整改责任人">{subject.ownerName}</Descriptions.Item>
        <Descriptions.Item label="督导领导">{roster.person(item.leaderId)?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="整改时限">{item.deadline}</Descriptions.Item>
        {item.completedOn && (
          <Descriptions.Item label="完成情况">
            {item.completedOn} 完成；佐证：{item.evidence}
          </Descriptions.Item>
        )}
        {item.closeOut && (
          <Descriptions.Item label="验收销号">
            {roster.person(item.closeOut.verifierId)?.name} {item.closeOut.on} 验收：{item.closeOut.check}
          </Descriptions.Item>
        )}
        {item.feedback && (
          <Descriptions.Item label="反馈">
            {item.feedback.on} {FEEDBACK_CHANNEL_LABELS[item.feedback.channel]}
            {item.feedback.note && `：${item.feedback.note}`}
          </Descriptions.Item>
        )}
      </Descriptions>

      <Space wrap style={{ marginTop: 16 }} data-toolbar="rectification-steps">
        {open && <Button onClick={() => setStep('progress')}>记录进展</Button>}
        {(item.status === 'pending' || item.status === 'inProgress') && <Button onClick={() => setStep('complete')}>报告整改完成</Button>}
        {item.status === 'awaitingCheck' && (
          <Button type="primary" onClick={() => setStep('check')}>
            验收销号
          </Button>
        )}
        {item.status === 'closed' && <Button onClick={() => setStep('feedback')}>{item.feedback ? '修改反馈' : '反馈问题来源'}</Button>}
        {open && <Button onClick={() => setPrinting([subject])}>打印催办单</Button>}
        {open && <Button onClick={() => setChasing(subject)}>记录催办</Button>}
      </Space>

      <Divider titlePlacement="start">整改进展</Divider>
      {item.progress.length ? (
        <Timeline
          items={item.progress.map((p) => ({ key: p.id, color: p.rejected ? 'red' : 'blue', content: `${p.on} ${p.text}` }))}
        />
      ) : (
        <Typography.Text type="secondary">还没有进展记录</Typography.Text>
      )}
      <Divider titlePlacement="start">催办记录（{chases.data?.length ?? 0}次）</Divider>
      <ChaseHistory chases={chases.data ?? []} />

      <ActionModal<{ on: string | null; text: string }>
        open={step === 'progress'}
        title="记录整改进展"
        initialValues={{ on: todayDay(), text: '' }}
        onClose={() => setStep(null)}
        onSubmit={(v) => run(api.followup.rectificationProgress({ id: item.id, on: v.on ?? '', text: v.text?.trim() ?? '' }), '已记录整改进展')}
      >
        <Form.Item name="on" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DayInput />
        </Form.Item>
        <Form.Item name="text" label="整改进展" rules={textRules(PROGRESS)}>
          <LimitedTextArea limit={PROGRESS} autoSize={{ minRows: 3 }} />
        </Form.Item>
      </ActionModal>

      <ActionModal<{ completedOn: string | null; evidence: string }>
        open={step === 'complete'}
        title="报告整改完成"
        okText="提交验收"
        initialValues={{ completedOn: todayDay(), evidence: item.evidence }}
        onClose={() => setStep(null)}
        onSubmit={(v) => run(api.followup.rectificationComplete({ id: item.id, completedOn: v.completedOn ?? '', evidence: v.evidence?.trim() ?? '' }), '已报告整改完成，等待验收')}
      >
        <Form.Item name="completedOn" label="完成日期" rules={[{ required: true, message: '请选择完成日期' }]}>
          <DayInput />
        </Form.Item>
        <Form.Item name="evidence" label="完成佐证" rules={textRules(EVIDENCE)}>
          <LimitedTextArea limit={EVIDENCE} autoSize={{ minRows: 2 }} placeholder="如：制度文件、现场照片存档、回访记录" />
        </Form.Item>
      </ActionModal>

      <ActionModal<{ verifierId: string | null; on: string | null; passed: boolean; check: string }>
        open={step === 'check'}
        title="验收销号"
        okText="保存验收结论"
        initialValues={{ verifierId: item.leaderId && item.leaderId !== item.owner.id ? item.leaderId : null, on: todayDay(), passed: true, check: '' }}
        onClose={() => setStep(null)}
        onSubmit={(v) =>
          run(
            api.followup.rectificationCheck({ id: item.id, verifierId: v.verifierId ?? '', on: v.on ?? '', passed: v.passed, check: v.check?.trim() ?? '' }),
            v.passed ? '已验收销号' : '验收未通过，已退回整改中'
          )
        }
      >
        <Typography.Paragraph type="secondary">验收人不能是整改责任人本人（班组的事项不能由本班组成员验收）。</Typography.Paragraph>
        <Form.Item name="verifierId" label="验收人" rules={[{ required: true, message: '请选择验收人' }]}>
          <PersonPicker people={roster.people.filter((p) => !p.isOutsider)} placeholder="选择验收人" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="on" label="验收日期" rules={[{ required: true, message: '请选择验收日期' }]}>
          <DayInput />
        </Form.Item>
        <Form.Item name="passed" label="验收结论">
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: '整改到位，销号' },
              { value: false, label: '未通过，退回整改' }
            ]}
          />
        </Form.Item>
        <Form.Item name="check" label="成效检查" rules={textRules(CHECK)}>
          <LimitedTextArea limit={CHECK} autoSize={{ minRows: 2 }} placeholder="如：现场核查、随机回访群众，问题未再出现" />
        </Form.Item>
      </ActionModal>

      <ActionModal<{ on: string | null; channel: FeedbackChannel; note: string }>
        open={step === 'feedback'}
        title="向问题来源反馈"
        initialValues={{ on: item.feedback?.on ?? todayDay(), channel: item.feedback?.channel ?? 'meeting', note: item.feedback?.note ?? '' }}
        onClose={() => setStep(null)}
        onSubmit={(v) => run(api.followup.rectificationFeedback({ id: item.id, on: v.on ?? '', channel: v.channel, note: v.note?.trim() ?? '' }), '已记录反馈')}
      >
        <Form.Item name="on" label="反馈日期" rules={[{ required: true, message: '请选择反馈日期' }]}>
          <DayInput />
        </Form.Item>
        <Form.Item name="channel" label="反馈方式">
          <Radio.Group optionType="button" options={FEEDBACK_CHANNELS.map((c) => ({ value: c, label: FEEDBACK_CHANNEL_LABELS[c] }))} />
        </Form.Item>
        <Form.Item name="note" label="反馈情况" rules={textRules(FEEDBACK)}>
          <LimitedTextArea limit={FEEDBACK} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </ActionModal>

      <ChaseModal subject={chasing} onClose={() => setChasing(null)} onSaved={() => (chases.reload(), onChanged())} />
      <ChasePrintModal subjects={printing} year={item.year} onClose={() => setPrinting(null)} />
    </Drawer>
  )
}

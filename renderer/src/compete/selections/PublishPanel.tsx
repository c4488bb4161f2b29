import { Alert, App, Button, DatePicker, Descriptions, Form, InputNumber, Space, Table, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useMemo, useState } from 'react'
import type { NominationView, SelectionView } from '@shared/compete/selections/contract'
import { DECISION_LABELS, SELECTION_ACTION_LABELS } from '@shared/compete/selections/model'
import { formatRate } from '@shared/rules/ballot-tally'
import { noticeEnd } from '@shared/rules/working-days'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { LimitedTextArea } from '../../components/LimitedText'
import { textRules, type TextLimit } from '../../components/text-limit'
import { GuardedModal, useUnsavedGuard, useUnsavedValue } from '../../components/unsaved'

const REASON: TextLimit = { label: '撤回原因', max: 300, required: true }

/** 结果与公示: the votes and the decisions side by side, the 公示期 (working days) and its withdrawal with a reason. */
export function PublishPanel({ selection, onSaved, onPrint }: { selection: SelectionView; onSaved: (view: SelectionView) => void; onPrint: (document: string) => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const loaded = useMemo(() => ({ noticeFrom: dayjs().format('YYYY-MM-DD'), noticeDays: selection.noticeDays }), [selection])
  const [values, setValues] = useState(loaded)
  useUnsavedValue(values, loaded, { active: !selection.noticeFrom })
  const [withdrawing, setWithdrawing] = useState(false)
  const [form] = Form.useForm<{ reason: string }>()
  const reasonGuard = useUnsavedGuard(form, withdrawing ? { reason: '' } : undefined, { active: withdrawing })
  const elected = selection.nominations.filter((n) => n.decision === 'elected')

  const publish = async () => {
    const saved = await call(api.compete.selectionPublish({ id: selection.id, noticeFrom: values.noticeFrom, noticeDays: values.noticeDays }))
    if (saved) {
      void message.success(`已公示：${saved.noticeFrom} 至 ${saved.noticeTo}`)
      onSaved(saved)
    }
  }
  const withdraw = async () => {
    const given = await form.validateFields().catch(() => undefined)
    if (!given) return
    const saved = await call(api.compete.selectionUnpublish({ id: selection.id, reason: given.reason.trim() }))
    if (!saved) return
    setWithdrawing(false)
    void message.success('已撤回公示；计票和会议决定保留，可修改后重新公示')
    onSaved(saved)
  }

  const choices = selection.ballot.choices
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Table<NominationView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={selection.nominations}
        columns={[
          { title: selection.nomineeKind === 'team' ? '被推荐集体' : '被推荐人', dataIndex: 'nomineeName', width: 120 },
          { title: '所在班组', dataIndex: 'teamName', width: 140 },
          { title: '得票', key: 'votes', render: (_: unknown, n) => (n.votes ? choices.map((c, i) => `${c}${n.votes![i]}`).join(' / ') : '—') },
          { title: `${choices[0]}率`, key: 'rate', width: 90, render: (_: unknown, n) => (n.result && selection.tally ? formatRate(n.result.favourable, selection.tally.valid) : '—') },
          { title: '会议决定', dataIndex: 'decision', width: 90, render: (d: NominationView['decision']) => (d ? DECISION_LABELS[d] : '未决定') },
          { title: '说明', dataIndex: 'decisionNote' }
        ]}
      />
      {selection.noticeFrom ? (
        <Descriptions size="small" column={1} bordered items={[{ label: '公示期', children: `${selection.noticeFrom} 至 ${selection.noticeTo}（${selection.noticeDays}个工作日）` }, { label: '当选', children: elected.map((n) => n.nomineeName).join('、') }]} />
      ) : (
        <Space wrap>
          <span>公示开始</span>
          <DatePicker allowClear={false} aria-label="公示开始日期" value={dayjs(values.noticeFrom)} onChange={(d: Dayjs | null) => d && setValues((v) => ({ ...v, noticeFrom: d.format('YYYY-MM-DD') }))} />
          <span>公示期</span>
          <InputNumber aria-label="公示期（工作日）" min={1} max={30} precision={0} value={values.noticeDays} onChange={(n) => n && setValues((v) => ({ ...v, noticeDays: n }))} suffix="个工作日" style={{ width: 150 }} />
          <Typography.Text type="secondary">至 {noticeEnd(values.noticeFrom, values.noticeDays)}（按周一至周五计，遇节假日请顺延）</Typography.Text>
          <Button type="primary" onClick={publish} disabled={selection.status !== 'decided'}>
            公示评选结果
          </Button>
        </Space>
      )}
      {selection.status !== 'decided' && !selection.noticeFrom && <Alert type="info" showIcon title="计票无误、每位被推荐人都有会议决定后，才能公示" />}
      <Space wrap>
        <Button onClick={() => onPrint('selection-nomination-forms')}>打印推荐审批表</Button>
        <Button onClick={() => onPrint('selection-ballots')}>打印民主测评票</Button>
        <Button onClick={() => onPrint('selection-notice')} disabled={!selection.noticeFrom}>
          打印评选结果公示
        </Button>
        {selection.noticeFrom && (
          <Button danger onClick={() => setWithdrawing(true)}>
            撤回公示…
          </Button>
        )}
      </Space>
      {selection.history.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          记录：{selection.history.map((h) => `${dayjs(h.at).format('YYYY-MM-DD HH:mm')} ${SELECTION_ACTION_LABELS[h.action]}${h.note ? `（${h.note}）` : ''}`).join('；')}
        </Typography.Paragraph>
      )}
      <GuardedModal open={withdrawing} title="撤回公示" okText="撤回" okButtonProps={{ danger: true }} cancelText="取消" onOk={withdraw} guard={reasonGuard} onCancel={() => setWithdrawing(false)} destroyOnHidden>
        <Typography.Paragraph>撤回后，当选的称号不再计入年终评优，直到重新公示。计票和会议决定保留。原因会记入本评选的记录。</Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={{ reason: '' }}>
          <Form.Item label="撤回原因" name="reason" rules={textRules(REASON)}>
            <LimitedTextArea limit={REASON} rows={2} autoFocus />
          </Form.Item>
        </Form>
      </GuardedModal>
    </Space>
  )
}

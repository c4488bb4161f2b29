import { App, Button, Card, Form, InputNumber, Popconfirm, Radio, Space, Table } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { fundTotals, yuan, type FundTotals } from '@shared/followup/fund-totals'
import { FUND_DIRECTION_LABELS, FUND_DIRECTIONS, type FundDirection, type FundLine } from '@shared/followup/funds'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { LimitedInput } from '../../components/LimitedText'
import { textRules, type TextLimit } from '../../components/text-limit'
import { PrintDialog } from '../../print/PrintDialog'
import { ActionModal } from '../common/ActionModal'
import { DayInput, todayDay } from '../common/DayInput'
import { fenToYuan, yuanToFen } from '../common/display'

const ACTIVITY: TextLimit = { label: '活动名称', max: 40, required: true }
const SUMMARY: TextLimit = { label: '摘要', max: 100, required: true }
const VOUCHER: TextLimit = { label: '凭证号', max: 30 }

interface Values {
  on: string | null
  activity: string
  direction: FundDirection
  amount: number | null
  summary: string
  voucher: string
}

/** 经费: dated income and spending per activity, the totals, and the printable summary. */
export function FundsPage() {
  const call = useCall()
  const { message } = App.useApp()
  const settings = useLoad(() => api.settings.get())
  const year = settings.data?.year ?? dayjs().year()
  const lines = useLoad(() => api.followup.funds({ year }), [year])
  const [editing, setEditing] = useState<FundLine | 'new' | null>(null)
  const [printing, setPrinting] = useState(false)
  const current = editing === 'new' ? null : editing
  const { byActivity, total } = fundTotals(lines.data ?? [])

  const save = async (v: Values) => {
    const saved = await call(
      api.followup.fundSave({ id: current?.id, on: v.on ?? '', activity: v.activity?.trim() ?? '', direction: v.direction, amountFen: yuanToFen(v.amount ?? 0), summary: v.summary?.trim() ?? '', voucher: v.voucher?.trim() ?? '' })
    )
    if (!saved) return false
    void message.success(`已保存：${FUND_DIRECTION_LABELS[saved.direction]}${yuan(saved.amountFen)}元`)
    lines.reload()
    return true
  }
  const remove = async (line: FundLine) => {
    const told = await call(api.followup.fundDelete({ id: line.id }))
    if (told) void message.success(told.message)
    lines.reload()
  }
  const money = (fen: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{yuan(fen)}</span>

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={`${year}年度经费汇总（元）`}
        extra={
          <Space>
            <Button onClick={() => setPrinting(true)} disabled={!lines.data?.length}>
              打印汇总表
            </Button>
            <Button type="primary" onClick={() => setEditing('new')}>
              记一笔
            </Button>
          </Space>
        }
      >
        <Table<FundTotals>
          size="small"
          rowKey={(t) => t.activity || '合计'}
          pagination={false}
          dataSource={byActivity.length ? [...byActivity, total] : []}
          locale={{ emptyText: '本年度还没有经费收支。点“记一笔”录入收入或支出。' }}
          columns={[
            { title: '活动', render: (_: unknown, t) => t.activity || <strong>合计</strong> },
            { title: '笔数', dataIndex: 'lines', width: 70, align: 'center' },
            { title: '收入', dataIndex: 'incomeFen', width: 130, align: 'right', render: money },
            { title: '支出', dataIndex: 'spendingFen', width: 130, align: 'right', render: money },
            { title: '结余', dataIndex: 'balanceFen', width: 130, align: 'right', render: money }
          ]}
        />
      </Card>
      <Card size="small" title="收支明细">
        <Table<FundLine>
          size="small"
          rowKey="id"
          loading={lines.loading}
          dataSource={lines.data ?? []}
          columns={[
            { title: '日期', dataIndex: 'on', width: 110 },
            { title: '活动', dataIndex: 'activity', width: 150 },
            { title: '摘要', dataIndex: 'summary' },
            { title: '凭证号', dataIndex: 'voucher', width: 90 },
            { title: '收入', width: 120, align: 'right', render: (_: unknown, l) => (l.direction === 'income' ? money(l.amountFen) : '') },
            { title: '支出', width: 120, align: 'right', render: (_: unknown, l) => (l.direction === 'spending' ? money(l.amountFen) : '') },
            {
              title: '操作',
              width: 120,
              render: (_: unknown, l) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(l)}>
                    修改
                  </Button>
                  <Popconfirm title="删除这笔收支？" description="删除后汇总随之变化。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove(l)}>
                    <Button type="link" size="small" danger>
                      删除
                    </Button>
                  </Popconfirm>
                </Space>
              )
            }
          ]}
        />
      </Card>
      <ActionModal<Values>
        open={editing !== null}
        title={current ? '修改经费收支' : '记一笔经费'}
        initialValues={
          current
            ? { on: current.on, activity: current.activity, direction: current.direction, amount: fenToYuan(current.amountFen), summary: current.summary, voucher: current.voucher }
            : { on: todayDay(), activity: '', direction: 'spending', amount: null, summary: '', voucher: '' }
        }
        onClose={() => setEditing(null)}
        onSubmit={save}
      >
        <Form.Item name="on" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DayInput />
        </Form.Item>
        <Form.Item name="direction" label="收支">
          <Radio.Group optionType="button" options={FUND_DIRECTIONS.map((d) => ({ value: d, label: FUND_DIRECTION_LABELS[d] }))} />
        </Form.Item>
        <Form.Item name="activity" label="活动" rules={textRules(ACTIVITY)}>
          <LimitedInput limit={ACTIVITY} placeholder="如：岗位技能比武" />
        </Form.Item>
        <Form.Item name="amount" label="金额（元）" rules={[{ required: true, message: '请填写金额' }, { type: 'number', min: 0.01, message: '金额应大于0' }]}>
          <InputNumber min={0} max={100_000_000} precision={2} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="summary" label="摘要" rules={textRules(SUMMARY)}>
          <LimitedInput limit={SUMMARY} />
        </Form.Item>
        <Form.Item name="voucher" label="凭证号" rules={textRules(VOUCHER)}>
          <LimitedInput limit={VOUCHER} />
        </Form.Item>
      </ActionModal>
      {printing && <PrintDialog open document="funds-summary" preset={{ year }} onClose={() => setPrinting(false)} />}
    </Space>
  )
}

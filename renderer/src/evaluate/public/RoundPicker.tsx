import { App, Button, DatePicker, Form, InputNumber, Popconfirm, Radio, Select, Space } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useMemo, useState } from 'react'
import { HALF_LABELS, HALVES, roundName, type Half, type PublicRound } from '@shared/evaluate/public/model'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { GuardedModal, useUnsavedGuard } from '../../components/unsaved'
import type { Rounds } from './useRounds'

interface Values {
  year: number
  half: Half
  dates: [Dayjs, Dayjs]
}

const halfDates = (year: number, half: Half): [Dayjs, Dayjs] =>
  half === 'first' ? [dayjs(`${year}-01-01`), dayjs(`${year}-06-30`)] : [dayjs(`${year}-07-01`), dayjs(`${year}-12-31`)]

/** Which round the screen shows, 新建评议轮次 (a half year with its dates), and 修改本轮 to correct its dates. */
export function RoundPicker({ rounds }: { rounds: Rounds }) {
  const call = useCall()
  const { message } = App.useApp()
  /** The form's round: null for a new one, undefined while closed. */
  const [editing, setEditing] = useState<PublicRound | null | undefined>(undefined)
  const round = rounds.round
  const remove = async () => {
    if (!round) return
    const done = await call(api.evaluate.publicRoundDelete({ id: round.id }))
    if (done) {
      void message.success(done.said)
      rounds.choose(undefined)
      rounds.reload()
    }
  }
  return (
    <Space>
      <span>评议轮次</span>
      <Select
        aria-label="评议轮次"
        style={{ width: 180 }}
        value={rounds.round?.id}
        placeholder="还没有评议轮次"
        onChange={rounds.choose}
        options={rounds.list.map((r) => ({ value: r.id, label: roundName(r) }))}
      />
      <Button onClick={() => setEditing(null)}>新建评议轮次</Button>
      {round && <Button onClick={() => setEditing(round)}>修改本轮</Button>}
      {round && (
        <Popconfirm title={`删除${roundName(round)}群众评议轮次？`} description="只能删除还没有问卷和记录的轮次；有问卷或记录时会说明，什么也不删。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={remove}>
          <Button danger>删除本轮</Button>
        </Popconfirm>
      )}
      {/* Mounted only while open: every 群众评议 screen shows the picker, few open the form. */}
      {editing !== undefined && (
        <RoundForm
          round={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(id) => {
            setEditing(undefined)
            rounds.reload()
            rounds.choose(id)
          }}
        />
      )}
    </Space>
  )
}

/** A new round (`round` null), or the dates of one already there. */
function RoundForm({ round, onClose, onSaved }: { round: PublicRound | null; onClose: () => void; onSaved: (id: string) => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const loaded = useMemo<Values>(() => {
    if (round) return { year: round.year, half: round.half, dates: [dayjs(round.startOn), dayjs(round.endOn)] }
    const now = dayjs()
    const half: Half = now.month() < 6 ? 'first' : 'second'
    return { year: now.year(), half, dates: halfDates(now.year(), half) }
  }, [round])
  const guard = useUnsavedGuard(form, loaded, { active: true })
  useEffect(() => {
    if (loaded) form.setFieldsValue(loaded)
  }, [loaded, form])

  const save = async () => {
    const values = await form.validateFields().catch(() => undefined)
    if (!values) return
    const saved = await call(
      api.evaluate.publicRoundSave({ id: round?.id, year: values.year, half: values.half, startOn: values.dates[0].format('YYYY-MM-DD'), endOn: values.dates[1].format('YYYY-MM-DD') })
    )
    if (saved) {
      void message.success(round ? `已修改${roundName(saved)}群众评议：${saved.startOn}至${saved.endOn}；其中的问卷和记录不变` : `已建立${roundName(saved)}群众评议`)
      onSaved(saved.id)
    }
  }

  return (
    <GuardedModal open title={round ? `修改评议轮次 · ${roundName(round)}` : '新建评议轮次'} okText="保存" cancelText="取消" onOk={save} onCancel={onClose} guard={guard} destroyOnHidden forceRender>
      <Form
        form={form}
        layout="vertical"
        onValuesChange={(changed: Partial<Values>, all: Values) => {
          if (changed.year !== undefined || changed.half !== undefined) form.setFieldValue('dates', halfDates(all.year, all.half))
        }}
      >
        <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} precision={0} />
        </Form.Item>
        <Form.Item label="半年" name="half">
          <Radio.Group optionType="button" options={HALVES.map((h) => ({ value: h, label: HALF_LABELS[h] }))} />
        </Form.Item>
        <Form.Item label="评议期间" name="dates" rules={[{ required: true, message: '请选择评议期间' }]} extra="电话抽访、座谈会、监督和来信的日期须在此期间内">
          <DatePicker.RangePicker />
        </Form.Item>
      </Form>
    </GuardedModal>
  )
}

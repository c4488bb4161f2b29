import { App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useMemo } from 'react'
import type { BoxEntryView } from '@shared/evaluate/public/contract'
import { BOX_LABELS, BOX_STATUS_LABELS, BOX_STATUSES, BOXES, DEFAULT_DIMENSIONS, DEFAULT_SCALE, type Box, type BoxStatus, type Forum, type PhoneCheck, type SupervisorVisit } from '@shared/evaluate/public/model'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { useRosterChoices } from '../../components/useRosterChoices'
import { LogDrawer, RatingFields, ratingsIn, ratingsOut, type RatingValues } from './LogDrawer'

const day = (d: Dayjs) => d.format('YYYY-MM-DD')
const within = (start: string, end: string) => (d: Dayjs) => day(d) < start || day(d) > end
interface RoundDates {
  id: string
  startOn: string
  endOn: string
}
const text = (label: string, max: number, required = false) => [
  ...(required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []),
  { max, message: `${label}不超过${max}个字` }
]

interface PhoneValues {
  date: Dayjs
  callerId: string | null
  callee: string
  phone: string
  answers: string
  satisfaction: number | null
  ratings: RatingValues
}

export function PhoneCheckForm({ round, editing, onClose, onSaved }: { round: RoundDates; editing: Partial<PhoneCheck> | null; onClose: () => void; onSaved: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const roster = useRosterChoices()
  const [form] = Form.useForm<PhoneValues>()
  const loaded = useMemo<PhoneValues | undefined>(
    () =>
      editing
        ? { date: dayjs(editing.date ?? round.endOn), callerId: editing.callerId ?? null, callee: editing.callee ?? '', phone: editing.phone ?? '', answers: editing.answers ?? '', satisfaction: editing.satisfaction ?? null, ratings: ratingsIn(editing.ratings ?? []) }
        : undefined,
    [editing, round]
  )
  const save = async (v: PhoneValues) => {
    const saved = await call(api.evaluate.phoneCheckSave({ id: editing?.id, roundId: round.id, date: day(v.date), callerId: v.callerId ?? null, callee: v.callee.trim(), phone: v.phone?.trim() ?? '', answers: v.answers?.trim() ?? '', satisfaction: v.satisfaction ?? null, ratings: ratingsOut(v.ratings) }))
    if (!saved) return false
    void message.success('电话抽访记录已保存')
    onSaved()
    return true
  }
  return (
    <LogDrawer title={editing?.id ? '编辑电话抽访' : '新增电话抽访'} loaded={loaded} form={form} save={save} onClose={onClose}>
      <Space wrap>
        <Form.Item label="抽访日期" name="date" rules={[{ required: true, message: '请选择抽访日期' }]}>
          <DatePicker disabledDate={within(round.startOn, round.endOn)} />
        </Form.Item>
        <Form.Item label="抽访人" name="callerId">
          <Select style={{ width: 160 }} allowClear showSearch optionFilterProp="label" options={roster.people.filter((p) => !p.isOutsider).map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item label="被访人" name="callee" rules={text('被访人', 20, true)}>
          <Input style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label="电话" name="phone" rules={text('电话', 30)}>
          <Input style={{ width: 160 }} />
        </Form.Item>
      </Space>
      <Form.Item label="回访情况" name="answers" rules={text('回访情况', 1000)}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item label="总体满意程度" name="satisfaction">
        <Select style={{ width: 140 }} allowClear placeholder="未评" options={DEFAULT_SCALE.map((s, i) => ({ value: i, label: s }))} />
      </Form.Item>
      <RatingFields />
    </LogDrawer>
  )
}

interface ForumValues {
  date: Dayjs
  place: string
  attendees: string
  attendeeCount: number
  points: { id?: string; text: string; isProblem: boolean }[]
}

export function ForumForm({ round, editing, onClose, onSaved }: { round: RoundDates; editing: Partial<Forum> | null; onClose: () => void; onSaved: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const [form] = Form.useForm<ForumValues>()
  const loaded = useMemo<ForumValues | undefined>(
    () => (editing ? { date: dayjs(editing.date ?? round.endOn), place: editing.place ?? '', attendees: editing.attendees ?? '', attendeeCount: editing.attendeeCount ?? 10, points: editing.points ?? [] } : undefined),
    [editing, round]
  )
  const save = async (v: ForumValues) => {
    const saved = await call(api.evaluate.forumSave({ id: editing?.id, roundId: round.id, date: day(v.date), place: v.place?.trim() ?? '', attendees: v.attendees.trim(), attendeeCount: v.attendeeCount, points: (v.points ?? []).map((p) => ({ id: p.id, text: p.text.trim(), isProblem: p.isProblem ?? true })) }))
    if (!saved) return false
    void message.success('座谈会记录已保存')
    onSaved()
    return true
  }
  return (
    <LogDrawer title={editing?.id ? '编辑座谈会' : '新增座谈会'} loaded={loaded} form={form} save={save} onClose={onClose}>
      <Space wrap>
        <Form.Item label="座谈日期" name="date" rules={[{ required: true, message: '请选择座谈日期' }]}>
          <DatePicker disabledDate={within(round.startOn, round.endOn)} />
        </Form.Item>
        <Form.Item label="地点" name="place" rules={text('地点', 40)}>
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="参加人数" name="attendeeCount" rules={[{ required: true, message: '请填写参加人数' }]}>
          <InputNumber min={1} max={1000} precision={0} />
        </Form.Item>
      </Space>
      <Form.Item label="参加人员" name="attendees" rules={text('参加人员', 500, true)}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.List name="points">
        {(fields, { add, remove }) => (
          <Form.Item label="提出的意见（勾选“需整改”的进入整改台账）">
            {fields.map((field) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[field.name, 'text']} rules={text('意见', 300, true)} style={{ width: 420 }}>
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, 'isProblem']} valuePropName="checked">
                  <Checkbox>需整改</Checkbox>
                </Form.Item>
                <Button type="link" danger onClick={() => remove(field.name)}>
                  删除
                </Button>
              </Space>
            ))}
            <Button onClick={() => add({ text: '', isProblem: true })}>添加一条意见</Button>
          </Form.Item>
        )}
      </Form.List>
    </LogDrawer>
  )
}

interface VisitValues {
  date: Dayjs
  supervisorId: string
  purpose: string
  opinions: { id?: string; text: string }[]
  ratings: RatingValues
}

export function VisitForm({ round, editing, supervisors, onClose, onSaved }: { round: RoundDates; editing: Partial<SupervisorVisit> | null; supervisors: { id: string; name: string }[]; onClose: () => void; onSaved: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const [form] = Form.useForm<VisitValues>()
  const loaded = useMemo<VisitValues | undefined>(
    () => (editing ? { date: dayjs(editing.date ?? round.endOn), supervisorId: editing.supervisorId ?? supervisors[0]?.id ?? '', purpose: editing.purpose ?? '', opinions: editing.opinions ?? [], ratings: ratingsIn(editing.ratings ?? []) } : undefined),
    [editing, round, supervisors]
  )
  const save = async (v: VisitValues) => {
    const saved = await call(api.evaluate.supervisorVisitSave({ id: editing?.id, roundId: round.id, date: day(v.date), supervisorId: v.supervisorId, purpose: v.purpose?.trim() ?? '', opinions: (v.opinions ?? []).map((o) => ({ id: o.id, text: o.text.trim() })), ratings: ratingsOut(v.ratings) }))
    if (!saved) return false
    void message.success('监督记录已保存')
    onSaved()
    return true
  }
  return (
    <LogDrawer title={editing?.id ? '编辑监督记录' : '新增监督记录'} loaded={loaded} form={form} save={save} onClose={onClose}>
      <Space wrap>
        <Form.Item label="监督日期" name="date" rules={[{ required: true, message: '请选择监督日期' }]}>
          <DatePicker disabledDate={within(round.startOn, round.endOn)} />
        </Form.Item>
        <Form.Item label="特约监督员" name="supervisorId" rules={[{ required: true, message: '请选择特约监督员' }]} extra={supervisors.length ? undefined : '花名册中还没有单位外的特约监督员'}>
          <Select style={{ width: 160 }} options={supervisors.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
      </Space>
      <Form.Item label="监督内容" name="purpose" rules={text('监督内容', 300)}>
        <Input />
      </Form.Item>
      <Form.List name="opinions">
        {(fields, { add, remove }) => (
          <Form.Item label="提出的意见（每条进入整改台账）">
            {fields.map((field) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[field.name, 'text']} rules={text('意见', 300, true)} style={{ width: 480 }}>
                  <Input />
                </Form.Item>
                <Button type="link" danger onClick={() => remove(field.name)}>
                  删除
                </Button>
              </Space>
            ))}
            <Button onClick={() => add({ text: '' })}>添加一条意见</Button>
          </Form.Item>
        )}
      </Form.List>
      <RatingFields />
    </LogDrawer>
  )
}

interface BoxValues {
  box: Box
  receivedOn: Dayjs
  sender: string
  dimension: string | null
  content: string
  handling: string
  reply: string
  repliedOn: Dayjs | null
  status: BoxStatus
}

export function BoxEntryForm({ round, editing, onClose, onSaved }: { round: RoundDates; editing: Partial<BoxEntryView> | null; onClose: () => void; onSaved: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const [form] = Form.useForm<BoxValues>()
  const loaded = useMemo<BoxValues | undefined>(
    () =>
      editing
        ? {
            box: editing.box ?? 'suggestion',
            receivedOn: dayjs(editing.receivedOn ?? round.endOn),
            sender: editing.sender ?? '',
            dimension: editing.dimension ?? null,
            content: editing.content ?? '',
            handling: editing.handling ?? '',
            reply: editing.reply ?? '',
            repliedOn: editing.repliedOn ? dayjs(editing.repliedOn) : null,
            status: editing.status ?? 'received'
          }
        : undefined,
    [editing, round]
  )
  const save = async (v: BoxValues) => {
    const saved = await call(
      api.evaluate.boxEntrySave({
        id: editing?.id,
        roundId: round.id,
        box: v.box,
        receivedOn: day(v.receivedOn),
        sender: v.sender?.trim() ?? '',
        dimension: v.dimension ?? null,
        content: v.content.trim(),
        handling: v.handling?.trim() ?? '',
        reply: v.reply?.trim() ?? '',
        repliedOn: v.repliedOn ? day(v.repliedOn) : null,
        status: v.status
      })
    )
    if (!saved) return false
    void message.success(`${BOX_LABELS[saved.box]}来信已保存`)
    onSaved()
    return true
  }
  return (
    <LogDrawer title={editing?.id ? '编辑来信' : '登记来信'} loaded={loaded} form={form} save={save} onClose={onClose}>
      <Space wrap>
        <Form.Item label="信箱" name="box">
          <Select style={{ width: 110 }} disabled={!!editing?.id} options={BOXES.map((b) => ({ value: b, label: BOX_LABELS[b] }))} />
        </Form.Item>
        <Form.Item label="收到日期" name="receivedOn" rules={[{ required: true, message: '请选择收到日期' }]}>
          <DatePicker disabledDate={within(round.startOn, round.endOn)} />
        </Form.Item>
        <Form.Item label="来信人" name="sender" rules={text('来信人', 40)}>
          <Input style={{ width: 140 }} placeholder="匿名可不填" />
        </Form.Item>
        <Form.Item label="涉及项目" name="dimension">
          <Select style={{ width: 120 }} allowClear options={DEFAULT_DIMENSIONS.map((d) => ({ value: d, label: d }))} />
        </Form.Item>
      </Space>
      <Form.Item label="内容" name="content" rules={text('内容', 2000, true)}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item label="办理情况" name="handling" rules={text('办理情况', 1000)}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Space wrap>
        <Form.Item label="状态" name="status">
          <Select style={{ width: 110 }} options={BOX_STATUSES.map((s) => ({ value: s, label: BOX_STATUS_LABELS[s] }))} />
        </Form.Item>
        <Form.Item label="答复日期" name="repliedOn">
          <DatePicker />
        </Form.Item>
      </Space>
      <Form.Item label="答复内容" name="reply" rules={text('答复内容', 1000)}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </LogDrawer>
  )
}

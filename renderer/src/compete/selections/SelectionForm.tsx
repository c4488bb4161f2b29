import { App, AutoComplete, DatePicker, Form, InputNumber, Radio, Select, Switch } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useMemo, useState } from 'react'
import type { SelectionView } from '@shared/compete/selections/contract'
import { BALLOT_PRESET_LABELS, BALLOT_PRESETS, MEETING_KINDS, type SelectionTitle } from '@shared/compete/selections/model'
import { ballotRuleText } from '@shared/rules/ballot-tally'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { GuardedModal, useUnsavedGuard } from '../../components/unsaved'

type Preset = keyof typeof BALLOT_PRESETS | 'custom'

interface Values {
  titleId: string | undefined
  quota: number
  preset: Preset
  choices: string[]
  limitFavourable: boolean
  meeting: string
  meetingDate: Dayjs | null
  entitled: number | null
}

const presetOf = (choices: readonly string[]): Preset =>
  (Object.keys(BALLOT_PRESETS) as (keyof typeof BALLOT_PRESETS)[]).find((key) => BALLOT_PRESETS[key].join('|') === choices.join('|')) ?? 'custom'

/** A new selection, or one's settings: title, 名额, the ballot's choices, the meeting and 应到人数. */
export function SelectionForm({ editing, year, titles, onClose, onSaved }: { editing: SelectionView | 'new' | null; year: number; titles: SelectionTitle[]; onClose: () => void; onSaved: (saved: SelectionView) => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const existing = editing && editing !== 'new' ? editing : null
  const loaded = useMemo<Values | undefined>(() => {
    if (!editing) return undefined
    if (!existing) return { titleId: undefined, quota: 1, preset: 'approve', choices: [...BALLOT_PRESETS.approve], limitFavourable: true, meeting: '民主测评会', meetingDate: null, entitled: null }
    return {
      titleId: existing.titleId,
      quota: existing.quota,
      preset: presetOf(existing.ballot.choices),
      choices: existing.ballot.choices,
      limitFavourable: existing.ballot.limitFavourable,
      meeting: existing.meeting,
      meetingDate: existing.meetingDate ? dayjs(existing.meetingDate) : null,
      entitled: existing.entitled
    }
  }, [editing, existing])
  const guard = useUnsavedGuard(form, loaded, { active: editing !== null })
  const preset = Form.useWatch('preset', form)
  const choices = Form.useWatch('choices', form) ?? []
  const quota = Form.useWatch('quota', form) ?? 1
  const limitFavourable = Form.useWatch('limitFavourable', form) ?? true
  const counted = Boolean(existing?.tally)

  useEffect(() => {
    if (loaded) form.setFieldsValue(loaded)
  }, [loaded, form])

  const save = async () => {
    const values = await form.validateFields().catch(() => undefined)
    if (!values || !values.titleId || values.entitled === null) return
    setSaving(true)
    const saved = await call(
      api.compete.selectionSave({
        id: existing?.id,
        year: existing?.year ?? year,
        titleId: values.titleId,
        quota: values.quota,
        ballot: { choices: values.choices.map((c) => c.trim()), limitFavourable: values.limitFavourable },
        meeting: values.meeting.trim(),
        meetingDate: values.meetingDate ? values.meetingDate.format('YYYY-MM-DD') : '',
        entitled: values.entitled
      })
    )
    setSaving(false)
    if (saved) {
      void message.success(`${saved.year}年度${saved.titleName}评选已保存`)
      onSaved(saved)
    }
  }

  return (
    <GuardedModal open={editing !== null} title={existing ? `评选设置 · ${existing.titleName}` : `新建${year}年度评选`} okText="保存" cancelText="取消" confirmLoading={saving} onOk={save} guard={guard} onCancel={onClose} destroyOnHidden forceRender width={620}>
      <Form form={form} layout="vertical">
        <Form.Item label="评选称号" name="titleId" rules={[{ required: true, message: '请选择评选称号' }]}>
          <Select
            autoFocus
            placeholder="选择称号"
            options={titles.map((t) => ({ value: t.id, label: `${t.name}（${t.nominee === 'team' ? '集体' : '个人'}，${t.quota}名）` }))}
            onChange={(id: string) => form.setFieldValue('quota', titles.find((t) => t.id === id)?.quota ?? 1)}
          />
        </Form.Item>
        <Form.Item label="名额" name="quota" rules={[{ required: true, message: '请填写名额' }]} extra={counted ? '已录入计票，名额和测评票选项不能再改' : undefined}>
          <InputNumber min={1} max={99} precision={0} suffix="名" style={{ width: 120 }} disabled={counted} />
        </Form.Item>
        <Form.Item label="测评票选项" name="preset">
          <Radio.Group
            disabled={counted}
            onChange={(e) => e.target.value !== 'custom' && form.setFieldValue('choices', [...BALLOT_PRESETS[e.target.value as keyof typeof BALLOT_PRESETS]])}
            options={[...(Object.keys(BALLOT_PRESETS) as (keyof typeof BALLOT_PRESETS)[]).map((key) => ({ value: key, label: BALLOT_PRESET_LABELS[key] })), { value: 'custom', label: '自定义' }]}
          />
        </Form.Item>
        {/* Always registered: a preset fills it, and only 自定义 shows it for typing. */}
        <Form.Item
          hidden={preset !== 'custom'}
          label="自定义选项（第一项为赞成的一项）"
          name="choices"
          rules={[
            { type: 'array', min: 2, message: '测评票至少需要两个选项' },
            { type: 'array', max: 5, message: '测评票的选项不超过5个' }
          ]}
        >
          <Select mode="tags" open={false} disabled={counted} placeholder="输入选项后按回车" />
        </Form.Item>
        <Form.Item label="限定赞成人数" name="limitFavourable" valuePropName="checked" extra={limitFavourable && choices.length ? `测评票上印：${ballotRuleText({ choices, quota, limitFavourable })}` : '测评票上不印人数限制'}>
          <Switch disabled={counted} />
        </Form.Item>
        <Form.Item label="会议名称" name="meeting" rules={[{ required: true, whitespace: true, message: '请填写会议名称' }, { max: 20, message: '会议名称不超过20个字' }]}>
          <AutoComplete options={MEETING_KINDS.map((m) => ({ value: m }))} />
        </Form.Item>
        <Form.Item label="会议日期" name="meetingDate">
          <DatePicker />
        </Form.Item>
        <Form.Item label="应到人数" name="entitled" rules={[{ required: true, message: '请填写应到人数' }]} extra="有投票权的人数；收回票数须超过应到人数的一半，投票才有效">
          <InputNumber min={1} max={100000} precision={0} suffix="人" style={{ width: 140 }} />
        </Form.Item>
      </Form>
    </GuardedModal>
  )
}

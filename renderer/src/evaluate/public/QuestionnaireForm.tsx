import { App, Button, Checkbox, Form, Input, InputNumber, Radio, Select, Space } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import type { QuestionnaireView } from '@shared/evaluate/public/contract'
import {
  DEFAULT_DIMENSIONS,
  DEFAULT_OPEN_QUESTIONS,
  DEFAULT_RESPONDENT_KINDS,
  DEFAULT_SATISFIED_LEVELS,
  DEFAULT_SCALE,
  OBJECT_KIND_LABELS,
  OBJECT_KINDS,
  type ObjectKind
} from '@shared/evaluate/public/model'
import { formulaText } from '@shared/rules/satisfaction'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { useRosterChoices } from '../../components/useRosterChoices'
import { CancelButton, GuardedDrawer, useUnsavedGuard } from '../../components/unsaved'

interface Values {
  title: string
  objectKind: ObjectKind
  objectId: string | null
  dimensions: string[]
  scale: string[]
  satisfiedLevels: number[]
  respondentKinds: string[]
  openQuestions: string[]
  good: number
  fair: number
  minResponses: number
  distributed: number | null
}

const fresh = (): Values => ({
  title: '群众满意度测评表',
  objectKind: 'unit',
  objectId: null,
  dimensions: [...DEFAULT_DIMENSIONS],
  scale: [...DEFAULT_SCALE],
  satisfiedLevels: [...DEFAULT_SATISFIED_LEVELS],
  respondentKinds: [...DEFAULT_RESPONDENT_KINDS],
  openQuestions: [...DEFAULT_OPEN_QUESTIONS],
  good: 85,
  fair: 60,
  minResponses: 30,
  distributed: null
})

/** A list edited as tags: type and press Enter to add, backspace or × to remove. */
const tags = (placeholder: string, locked: boolean) => <Select mode="tags" open={false} disabled={locked} placeholder={placeholder} tokenSeparators={['，', ',', '、']} />

/** A questionnaire: the object, the dimensions and scale (fixed once paper is keyed), the formula and bands. */
export function QuestionnaireForm({ roundId, editing, onClose, onSaved }: { roundId: string | undefined; editing: QuestionnaireView | 'new' | null; onClose: () => void; onSaved: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const roster = useRosterChoices()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const existing = editing && editing !== 'new' ? editing : null
  const locked = (existing?.returned ?? 0) > 0
  const loaded = useMemo<Values | undefined>(() => {
    if (!editing) return undefined
    if (!existing) return fresh()
    return {
      title: existing.title,
      objectKind: existing.object.kind,
      objectId: existing.object.id,
      dimensions: existing.dimensions,
      scale: existing.scale,
      satisfiedLevels: existing.satisfiedLevels,
      respondentKinds: existing.respondentKinds,
      openQuestions: existing.openQuestions,
      good: existing.bands.good,
      fair: existing.bands.fair,
      minResponses: existing.minResponses,
      distributed: existing.distributed
    }
  }, [editing, existing])
  const guard = useUnsavedGuard(form, loaded, { active: editing !== null })
  useEffect(() => {
    if (loaded) form.setFieldsValue(loaded)
  }, [loaded, form])
  const kind = Form.useWatch('objectKind', form)
  const scale = Form.useWatch('scale', form) ?? []
  const counted = Form.useWatch('satisfiedLevels', form) ?? []

  const save = async () => {
    const v = await form.validateFields().catch(() => undefined)
    if (!v || !roundId) return
    setSaving(true)
    const saved = await call(
      api.evaluate.questionnaireSave({
        id: existing?.id,
        roundId: existing?.roundId ?? roundId,
        title: v.title.trim(),
        object: { kind: v.objectKind, id: v.objectKind === 'unit' ? null : v.objectId, name: '' },
        dimensions: v.dimensions.map((d) => d.trim()),
        scale: v.scale.map((s) => s.trim()),
        satisfiedLevels: v.satisfiedLevels.filter((l) => l < v.scale.length),
        respondentKinds: v.respondentKinds.map((k) => k.trim()),
        openQuestions: v.openQuestions.map((q) => q.trim()),
        bands: { good: v.good, fair: v.fair },
        minResponses: v.minResponses,
        distributed: v.distributed ?? null
      })
    )
    setSaving(false)
    if (saved) {
      void message.success(`问卷「${saved.title}」已保存`)
      onSaved()
    }
  }

  return (
    <GuardedDrawer
      open={editing !== null}
      title={existing ? '编辑评议问卷' : '新建评议问卷'}
      size="large"
      onClose={onClose}
      guard={guard}
      destroyOnHidden
      forceRender
      extra={
        <Space>
          <CancelButton />
          <Button type="primary" loading={saving} onClick={save}>
            保存
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical">
        <Form.Item label="问卷标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写问卷标题' }, { max: 60, message: '问卷标题不超过60个字' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="评议对象" name="objectKind">
          <Radio.Group optionType="button" options={OBJECT_KINDS.map((k) => ({ value: k, label: OBJECT_KIND_LABELS[k] }))} />
        </Form.Item>
        {kind && kind !== 'unit' && (
          <Form.Item label={kind === 'team' ? '班组（窗口）' : '党员'} name="objectId" rules={[{ required: true, message: kind === 'team' ? '请选择班组（窗口）' : '请选择党员' }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={kind === 'team' ? roster.teams.map((t) => ({ value: t.id, label: t.name })) : roster.members.map((p) => ({ value: p.id, label: p.teamName ? `${p.name}（${p.teamName}）` : p.name }))}
            />
          </Form.Item>
        )}
        {locked && <p style={{ color: '#ad6800' }}>已录入{existing?.returned}份答卷：评议项目、满意程度、答卷人类别和开放式问题不能再改；满意率的算法、档次和最少份数仍可修改，结果随之重算。</p>}
        <Form.Item label="评议项目" name="dimensions" rules={[{ required: true, type: 'array', min: 1, message: '至少需要一个评议项目' }]} extra="输入后按回车添加">
          {tags('如：政策落实', locked)}
        </Form.Item>
        <Form.Item label="满意程度（从满意到不满意）" name="scale" rules={[{ required: true, type: 'array', min: 2, message: '满意程度至少两级' }]} extra="录入答卷时按 1、2、3…… 对应各级">
          {tags('如：满意', locked)}
        </Form.Item>
        <Form.Item label="满意率计入的等级" name="satisfiedLevels" rules={[{ required: true, type: 'array', min: 1, message: '满意率至少要计入一级' }]} extra={formulaText(scale, counted.filter((l: number) => l < scale.length))}>
          <Checkbox.Group options={scale.map((s: string, i: number) => ({ value: i, label: s }))} />
        </Form.Item>
        <Form.Item label="答卷人类别" name="respondentKinds">
          {tags('如：服务对象', locked)}
        </Form.Item>
        <Form.Item label="开放式问题" name="openQuestions">
          {tags('如：您有什么意见建议？', locked)}
        </Form.Item>
        <Space wrap>
          <Form.Item label="“好”的下限（%）" name="good" rules={[{ required: true, message: '请填写' }]}>
            <InputNumber min={0} max={100} />
          </Form.Item>
          <Form.Item
            label="“一般”的下限（%）"
            name="fair"
            dependencies={['good']}
            rules={[{ required: true, message: '请填写' }, ({ getFieldValue }) => ({ validator: (_, v: number) => (v <= getFieldValue('good') ? Promise.resolve() : Promise.reject(new Error('不能高于“好”的下限'))) })]}
          >
            <InputNumber min={0} max={100} />
          </Form.Item>
          <Form.Item label="最少有效份数" name="minResponses" rules={[{ required: true, message: '请填写' }]} tooltip="少于此数的项目显示为“样本不足”">
            <InputNumber min={1} max={10000} precision={0} />
          </Form.Item>
          <Form.Item label="发放份数" name="distributed" tooltip="填写后，录入的份数不能超过它">
            <InputNumber min={0} max={100000} precision={0} placeholder="不限" />
          </Form.Item>
        </Space>
      </Form>
    </GuardedDrawer>
  )
}

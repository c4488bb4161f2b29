import { Alert, Button, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Typography } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { PEER_BY, PEER_BY_LABELS, type ReviewRound, type ReviewRoundDraft } from '@shared/evaluate/reviews/model'
import { DEFAULT_PEER_GRADES, DEFAULT_SELF_SCORE_MAX, defaultCriteria, FIVE_GOODS, FIVE_LEADS } from '@shared/rules/review-criteria'
import { HALF_LABELS, HALVES, halfBounds, type Half } from '@shared/rules/review-dates'
import { api, errorMessage, unwrap } from '../../api/client'
import { CancelButton, GuardedDrawer, useUnsavedGuard } from '../../components/unsaved'
import { DayPicker } from './DayPicker'

interface Values {
  year: number
  half: Half
  startsOn: string | null
  endsOn: string | null
  memberCriteria: { id?: string; text: string }[]
  groupCriteria: { id?: string; text: string }[]
  selfScoreMax: number
  peerGrades: { id?: string; label: string; points: number }[]
  peerBy: ReviewRound['peerBy']
}

function startValues(editing: ReviewRound | null, year: number): Values {
  if (editing) return { ...editing }
  const { to } = halfBounds(year, 'first')
  return {
    year,
    half: 'first',
    startsOn: `${year}-06-01`,
    endsOn: to,
    memberCriteria: defaultCriteria(FIVE_LEADS, 'lead'),
    groupCriteria: defaultCriteria(FIVE_GOODS, 'good'),
    selfScoreMax: DEFAULT_SELF_SCORE_MAX,
    peerGrades: DEFAULT_PEER_GRADES.map((g) => ({ ...g })),
    peerBy: 'overall'
  }
}

const required = (message: string) => [{ required: true, whitespace: true, message }]

function CriteriaList({ name, label }: { name: 'memberCriteria' | 'groupCriteria'; label: string }) {
  return (
    <Form.List name={name} rules={[{ validator: async (_, list: unknown[]) => (list?.length ? undefined : Promise.reject(new Error(`至少需要一条${label}`))) }]}>
      {(fields, { add, remove }, { errors }) => (
        <Space orientation="vertical" style={{ width: '100%' }} size={4}>
          <Typography.Text strong>{label}</Typography.Text>
          {fields.map((field, n) => (
            <Space key={field.key} align="baseline">
              <span style={{ width: 20, display: 'inline-block' }}>{n + 1}.</span>
              <Form.Item name={[field.name, 'text']} rules={[...required('请填写评议标准'), { max: 40, message: '评议标准不超过40个字' }]} style={{ marginBottom: 4 }}>
                <Input style={{ width: 260 }} aria-label={`${label}第${n + 1}条`} />
              </Form.Item>
              <Button size="small" type="link" danger onClick={() => remove(field.name)}>
                删除
              </Button>
            </Space>
          ))}
          <Button size="small" onClick={() => add({ text: '' })}>
            添加一条
          </Button>
          <Form.ErrorList errors={errors} />
        </Space>
      )}
    </Form.List>
  )
}

/** 新增或修改一轮: dates within the half, the criteria (五带头 / 五个好 by default), the 互评 grades and points. */
export function RoundForm({ open, editing, year, onClose, onSaved }: { open: boolean; editing: ReviewRound | null; year: number; onClose: () => void; onSaved: (round: ReviewRound) => void }) {
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const loaded = useMemo(() => (open ? startValues(editing, year) : undefined), [open, editing, year])
  const guard = useUnsavedGuard(form, loaded, { active: open })
  useEffect(() => {
    if (loaded) {
      form.resetFields()
      form.setFieldsValue(loaded)
      setRefusal(null)
    }
  }, [loaded, form])

  const save = async () => {
    if (!(await form.validateFields().catch(() => undefined))) return
    // All the form holds, ids of kept criteria and grades too (no field shows them, so validateFields leaves them out).
    const values = form.getFieldsValue(true) as Values
    const draft: ReviewRoundDraft = { ...values, id: editing?.id, startsOn: values.startsOn ?? '', endsOn: values.endsOn ?? '' }
    setSaving(true)
    try {
      const saved = await unwrap(api.evaluate.reviewRoundSave(draft))
      onSaved(saved)
    } catch (error) {
      setRefusal(errorMessage(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <GuardedDrawer
      open={open}
      guard={guard}
      onClose={onClose}
      size={720}
      title={editing ? `修改 ${editing.year}年${HALF_LABELS[editing.half]}党员自评互评` : '新增一轮党员自评互评'}
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
      <Form form={form} layout="vertical" onValuesChange={() => setRefusal(null)}>
        {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="半年" name="half">
              <Select options={HALVES.map((h) => ({ value: h, label: HALF_LABELS[h] }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="开始日期" name="startsOn" rules={[{ required: true, message: '请选择开始日期' }]}>
              <DayPicker />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="结束日期" name="endsOn" rules={[{ required: true, message: '请选择结束日期' }]}>
              <DayPicker />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={24}>
          <Col span={12}>
            <CriteriaList name="memberCriteria" label="党员评议标准（五带头）" />
          </Col>
          <Col span={12}>
            <CriteriaList name="groupCriteria" label="班组、支部评议标准（五个好）" />
          </Col>
        </Row>
        <Row gutter={12} style={{ marginTop: 16 }}>
          <Col span={8}>
            <Form.Item label="自评每项满分" name="selfScoreMax" rules={[{ required: true, message: '请填写每项满分' }]}>
              <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label="互评方式" name="peerBy">
              <Radio.Group options={PEER_BY.map((p) => ({ value: p, label: PEER_BY_LABELS[p] }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="peerGrades">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" size={4}>
              <Typography.Text strong>互评等次和分值（从好到差）</Typography.Text>
              {fields.map((field, n) => (
                <Space key={field.key} align="baseline">
                  <Form.Item name={[field.name, 'label']} rules={[...required('请填写等次名称'), { max: 6, message: '等次名称不超过6个字' }]} style={{ marginBottom: 4 }}>
                    <Input style={{ width: 120 }} aria-label={`第${n + 1}个等次`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'points']} rules={[{ required: true, message: '请填写分值' }]} style={{ marginBottom: 4 }}>
                    <InputNumber min={0} max={100} suffix="分" aria-label={`第${n + 1}个等次的分值`} />
                  </Form.Item>
                  <Button size="small" type="link" danger disabled={fields.length <= 2} onClick={() => remove(field.name)}>
                    删除
                  </Button>
                </Space>
              ))}
              <Button size="small" disabled={fields.length >= 6} onClick={() => add({ label: '', points: 0 })}>
                添加等次
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </GuardedDrawer>
  )
}

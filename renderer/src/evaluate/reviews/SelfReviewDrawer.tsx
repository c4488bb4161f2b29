import { Alert, Button, Col, Form, Input, InputNumber, Row, Space, Tag, Typography } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import type { ReviewRound, SelfReview, Subject } from '@shared/evaluate/reviews/model'
import { api, errorMessage, unwrap } from '../../api/client'
import { LimitedInput, LimitedTextArea } from '../../components/LimitedText'
import { textRules, type TextLimit } from '../../components/text-limit'
import { CancelButton, GuardedDrawer, useUnsavedGuard } from '../../components/unsaved'
import { DayPicker } from './DayPicker'

const ENTRY: TextLimit = { label: '自评内容', max: 500 }
const SHORTCOMING: TextLimit = { label: '存在不足', max: 200, required: true }
const MEASURES: TextLimit = { label: '整改措施', max: 300 }

interface Values {
  writtenOn: string | null
  entries: { criterionId: string; score: number | null; text: string }[]
  shortcomings: { id?: string; text: string; measures: string; dueOn: string | null }[]
}

export interface SelfReviewTarget {
  subject: Subject
  name: string
  review: SelfReview | null
}

function startValues(round: ReviewRound, target: SelfReviewTarget): Values {
  const criteria = target.subject.kind === 'person' ? round.memberCriteria : round.groupCriteria
  const entry = (id: string) => target.review?.entries.find((e) => e.criterionId === id)
  return {
    writtenOn: target.review?.writtenOn ?? round.endsOn,
    entries: criteria.map((c) => ({ criterionId: c.id, score: entry(c.id)?.score ?? null, text: entry(c.id)?.text ?? '' })),
    shortcomings: target.review?.shortcomings.map((s) => ({ ...s })) ?? []
  }
}

/**
 * One member's (or team's, or the branch's) self-review: a score and words per criterion, then the
 * 存在不足 lines, each with its 整改措施 and 整改时限. A saved line is already in the 整改 ledger.
 */
export function SelfReviewDrawer({ round, target, tracked, onClose, onSaved }: { round: ReviewRound; target: SelfReviewTarget | null; tracked: Set<string>; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const loaded = useMemo(() => (target ? startValues(round, target) : undefined), [round, target])
  const guard = useUnsavedGuard(form, loaded, { active: target !== null })
  const criteria = target?.subject.kind === 'person' ? round.memberCriteria : round.groupCriteria
  const readOnly = Boolean(round.closedOn)
  const entries = Form.useWatch('entries', form) ?? []
  const total = entries.reduce((sum, e) => sum + (e?.score ?? 0), 0)

  useEffect(() => {
    if (loaded) {
      form.resetFields()
      form.setFieldsValue(loaded)
      setRefusal(null)
    }
  }, [loaded, form])

  const save = async () => {
    if (!target || !(await form.validateFields().catch(() => undefined))) return
    // With the criterion and line ids no field shows.
    const values = form.getFieldsValue(true) as Values
    setSaving(true)
    try {
      await unwrap(
        api.evaluate.selfReviewSave({
          id: target.review?.id,
          roundId: round.id,
          subject: target.subject,
          writtenOn: values.writtenOn ?? '',
          entries: values.entries.map((e) => ({ criterionId: e.criterionId, score: e.score ?? null, text: e.text?.trim() ?? '' })),
          shortcomings: values.shortcomings.map((s) => ({ id: s.id, text: s.text.trim(), measures: s.measures?.trim() ?? '', dueOn: s.dueOn ?? null }))
        })
      )
      onSaved()
    } catch (error) {
      setRefusal(errorMessage(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <GuardedDrawer
      open={target !== null}
      guard={guard}
      onClose={onClose}
      size={760}
      title={`${target?.name ?? ''} · 自评`}
      destroyOnHidden
      forceRender
      extra={
        <Space>
          <CancelButton>{readOnly ? '关闭' : '取消'}</CancelButton>
          {!readOnly && (
            <Button type="primary" loading={saving} onClick={save}>
              保存
            </Button>
          )}
        </Space>
      }
    >
      {readOnly && <Alert type="info" showIcon title={`本轮已于${round.closedOn}完成，自评只能查看；如需修改，请先重新打开本轮`} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" disabled={readOnly} onValuesChange={() => setRefusal(null)}>
        {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
        <Form.Item label="自评日期" name="writtenOn" rules={[{ required: true, message: '请选择自评日期' }]} extra={`应在${round.startsOn}至${round.endsOn}之间`} style={{ maxWidth: 240 }}>
          <DayPicker />
        </Form.Item>
        <Form.List name="entries">
          {(fields) =>
            fields.map((field, n) => (
              <Row key={field.key} gutter={12} align="top">
                <Col span={5} style={{ paddingTop: 6 }}>
                  <Typography.Text strong>{criteria[n]?.text}</Typography.Text>
                </Col>
                <Col span={15}>
                  <Form.Item name={[field.name, 'text']} rules={textRules(ENTRY)} style={{ marginBottom: 22 }}>
                    <LimitedTextArea limit={ENTRY} rows={2} aria-label={`${criteria[n]?.text}自评内容`} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name={[field.name, 'score']} rules={[{ type: 'number', min: 0, max: round.selfScoreMax, message: `0至${round.selfScoreMax}分` }]} style={{ marginBottom: 8 }}>
                    <InputNumber min={0} max={round.selfScoreMax} suffix="分" style={{ width: '100%' }} aria-label={`${criteria[n]?.text}自评分`} />
                  </Form.Item>
                </Col>
              </Row>
            ))
          }
        </Form.List>
        <Typography.Paragraph type="secondary">
          自评得分合计：{total}／{round.selfScoreMax * criteria.length}
        </Typography.Paragraph>
        <Form.List name="shortcomings">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }} size={4}>
              <Typography.Text strong>存在不足及整改措施（每条一行）</Typography.Text>
              {fields.map((field, n) => {
                const id = form.getFieldValue(['shortcomings', field.name, 'id']) as string | undefined
                return (
                  <Row key={field.key} gutter={8} align="top">
                    <Col span={1} style={{ paddingTop: 6 }}>
                      {n + 1}.
                    </Col>
                    <Col span={8}>
                      <Form.Item name={[field.name, 'text']} rules={textRules(SHORTCOMING)} style={{ marginBottom: 4 }}>
                        <LimitedInput limit={SHORTCOMING} placeholder="存在不足" aria-label={`第${n + 1}条存在不足`} />
                      </Form.Item>
                      {id && tracked.has(id) && <Tag color="green">已记入整改跟踪</Tag>}
                    </Col>
                    <Col span={8}>
                      <Form.Item name={[field.name, 'measures']} rules={textRules(MEASURES)} style={{ marginBottom: 4 }}>
                        <Input placeholder="整改措施" maxLength={MEASURES.max} aria-label={`第${n + 1}条整改措施`} />
                      </Form.Item>
                    </Col>
                    <Col span={5}>
                      <Form.Item name={[field.name, 'dueOn']} style={{ marginBottom: 4 }}>
                        <DayPicker placeholder="整改时限" />
                      </Form.Item>
                    </Col>
                    <Col span={2}>
                      <Button type="link" danger size="small" onClick={() => remove(field.name)}>
                        删除
                      </Button>
                    </Col>
                  </Row>
                )
              })}
              <Button size="small" onClick={() => add({ text: '', measures: '', dueOn: null })}>
                添加一条存在不足
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </GuardedDrawer>
  )
}

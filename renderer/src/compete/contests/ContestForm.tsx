import { App, Button, Card, Col, DatePicker, Divider, Form, Input, InputNumber, Radio, Row, Select, Space, Switch, Typography } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import type { ContestView } from '@shared/compete/contests/contract'
import {
  AWARD_BASIS_LABELS,
  AWARD_BASES,
  CONTEST_KIND_LABELS,
  CONTEST_KINDS,
  ENTRANT_KIND_LABELS,
  ENTRANT_KINDS,
  SCORING_METHOD_LABELS,
  SCORING_METHODS,
  TIE_BREAK_LABELS,
  TIE_BREAKS
} from '@shared/compete/contests/model'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { PersonPicker } from '../../components/PersonPicker'
import type { RosterChoices } from '../../components/useRosterChoices'
import { CancelButton, GuardedDrawer, useUnsavedGuard } from '../../components/unsaved'
import { newItem, scoringSignature, startValues, toDraft, type ContestFormValues } from './contest-form-values'

interface Props {
  open: boolean
  editing: ContestView | null
  year: number
  today: string
  roster: RosterChoices
  onClose: () => void
  onSaved: (contest: ContestView) => void
}

const required = (message: string) => [{ required: true, message }]

/** 比武竞赛的设置: what is contested, by whom, scored how, awarded how. Fixed before scores are entered. */
export function ContestForm({ open, editing, year, today, roster, onClose, onSaved }: Props) {
  const [form] = Form.useForm<ContestFormValues>()
  const call = useCall()
  const { message, modal } = App.useApp()
  const [saving, setSaving] = useState(false)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const loaded = useMemo(() => startValues(editing, today), [open, editing])
  const guard = useUnsavedGuard(form, loaded, { active: open })
  const entrantKind = Form.useWatch('entrantKind', form) ?? loaded.entrantKind
  const entrants = (Form.useWatch('entrants', form) as string[] | undefined) ?? loaded.entrants
  const method = Form.useWatch('method', form) ?? loaded.method
  const tieBreak = Form.useWatch('tieBreak', form) ?? loaded.tieBreak
  const basis = Form.useWatch('basis', form) ?? loaded.basis
  const items = (Form.useWatch('items', form) as ContestFormValues['items'] | undefined) ?? loaded.items
  const rounds = (Form.useWatch('rounds', form) as ContestFormValues['rounds'] | undefined) ?? loaded.rounds

  useEffect(() => {
    if (open) form.setFieldsValue(loaded)
  }, [open, loaded, form])

  const entrantOptions =
    entrantKind === 'team'
      ? roster.teams.map((t) => ({ value: t.id, label: t.name }))
      : roster.people.map((p) => ({ value: p.id, label: p.teamName ? `${p.name}（${p.teamName}）` : p.name }))
  const entrantLabel = (id: string) => (entrantKind === 'team' ? roster.teamName(id) : roster.person(id)?.name) || editing?.entrantNames[id] || '（已删除）'

  const save = async () => {
    const valid = await form.validateFields().then(
      () => true,
      () => false
    )
    if (!valid) return
    const values = form.getFieldsValue(true) as ContestFormValues
    let draft = toDraft(values, editing?.year ?? year, editing?.id)
    if (editing?.hasScores && scoringSignature(draft) !== scoringSignature(editing)) {
      const go = await modal.confirm({
        title: '已录入成绩，确定修改计分办法？',
        content: '计分方法、满分、权重、小数位数或扣分改变后，已录入的成绩将按新的办法重新计算名次和奖项（已录入的分数本身不变）。',
        okText: '确定修改',
        cancelText: '返回'
      })
      if (!go) return
      draft = { ...draft, ruleChangeConfirmed: true }
    }
    setSaving(true)
    const saved = await call(api.compete.contestSave(draft))
    setSaving(false)
    if (!saved) return
    void message.success(editing ? '比武竞赛已修改' : '比武竞赛已新增')
    onSaved(saved)
  }

  return (
    <GuardedDrawer
      open={open}
      guard={guard}
      onClose={onClose}
      size={900}
      destroyOnHidden
      title={editing ? `修改「${editing.name}」` : '新增比武竞赛'}
      extra={
        <Space>
          <CancelButton />
          <Button type="primary" onClick={save} loading={saving}>
            保存
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" requiredMark={false} initialValues={loaded}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="竞赛名称" name="name" rules={[...required('请填写竞赛名称'), { max: 40, message: '竞赛名称不超过40个字' }]}>
              <Input placeholder="例如：窗口业务技能比武" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="竞赛类别" name="kind">
              <Select options={CONTEST_KINDS.map((k) => ({ value: k, label: CONTEST_KIND_LABELS[k] }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="比赛日期" name="date" rules={required('请选择比赛日期')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label="地点" name="place" rules={[{ max: 40, message: '地点不超过40个字' }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">参赛者</Divider>
        <Form.Item name="entrantKind">
          <Radio.Group optionType="button" disabled={!!editing?.hasScores} options={ENTRANT_KINDS.map((k) => ({ value: k, label: ENTRANT_KIND_LABELS[k] }))} onChange={() => form.setFieldValue('entrants', [])} />
        </Form.Item>
        <Form.Item label={entrantKind === 'team' ? '参赛班组' : '参赛人员'} name="entrants" rules={[{ required: true, type: 'array', min: 1, message: '请选择参赛者' }]}>
          {entrantKind === 'team' ? (
            <Select mode="multiple" options={entrantOptions} optionFilterProp="label" placeholder="选择班组" />
          ) : (
            <PersonPicker multiple people={roster.people} style={{ width: '100%' }} />
          )}
        </Form.Item>

        <Divider titlePlacement="start">评分项目</Divider>
        <Form.List name="items" rules={[{ validator: async (_r, list: unknown[]) => (list?.length ? undefined : Promise.reject(new Error('请至少设一个评分项目'))) }]}>
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Row key={field.key} gutter={8} align="top">
                  <Col span={8}>
                    <Form.Item label={index === 0 ? '项目' : undefined} name={[field.name, 'name']} rules={required('请填写评分项目')}>
                      <Input aria-label={`第${index + 1}项名称`} placeholder="例如：业务实操" />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item label={index === 0 ? '满分' : undefined} name={[field.name, 'max']} rules={required('请填写满分')}>
                      <InputNumber aria-label={`第${index + 1}项满分`} min={0.01} max={1000} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item label={index === 0 ? '权重' : undefined} name={[field.name, 'weight']} rules={required('请填写权重')}>
                      <InputNumber aria-label={`第${index + 1}项权重`} min={0.01} max={100} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item label={index === 0 ? '小数位数' : undefined} name={[field.name, 'decimals']}>
                      <Select aria-label={`第${index + 1}项小数位数`} options={[0, 1, 2].map((d) => ({ value: d, label: d ? `${d}位小数` : '整数' }))} />
                    </Form.Item>
                  </Col>
                  <Col span={3}>
                    <Button type="link" danger aria-label={`删除第${index + 1}项`} onClick={() => remove(field.name)} style={index === 0 ? { marginTop: 30 } : undefined}>
                      删除
                    </Button>
                  </Col>
                </Row>
              ))}
              <Button type="dashed" block onClick={() => add(newItem())} disabled={fields.length >= 20}>
                添加评分项目
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>

        <Divider titlePlacement="start">评委</Divider>
        <Form.List name="judges" rules={[{ validator: async (_r, list: unknown[]) => (list?.length ? undefined : Promise.reject(new Error('请至少设一名评委'))) }]}>
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Row key={field.key} gutter={8}>
                  <Col span={2}>
                    <Typography.Text style={{ lineHeight: '32px' }}>{index + 1}.</Typography.Text>
                  </Col>
                  <Col span={10}>
                    <Form.Item name={[field.name, 'personId']}>
                      <PersonPicker people={roster.people} placeholder="从花名册选择" style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={9}>
                    <Form.Item
                      name={[field.name, 'name']}
                      dependencies={[['judges', field.name, 'personId']]}
                      rules={[
                        ({ getFieldValue }) => ({
                          validator: async (_r, name: string | undefined) => {
                            if (!getFieldValue(['judges', field.name, 'personId']) && !name?.trim()) throw new Error('请从花名册选择，或填写外请评委姓名')
                          }
                        }),
                        { max: 20, message: '评委姓名不超过20个字' }
                      ]}
                    >
                      <Input aria-label={`第${index + 1}名评委姓名`} placeholder="或填写外请评委姓名" />
                    </Form.Item>
                  </Col>
                  <Col span={3}>
                    <Button type="link" danger aria-label={`删除第${index + 1}名评委`} onClick={() => remove(field.name)}>
                      删除
                    </Button>
                  </Col>
                </Row>
              ))}
              <Button type="dashed" block onClick={() => add({ personId: null, name: '' })} disabled={fields.length >= 30}>
                添加评委
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>

        <Divider titlePlacement="start">轮次</Divider>
        <Form.List name="rounds">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row key={field.key} gutter={8}>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'name']} rules={required('请填写轮次名称')}>
                      <Input aria-label={`第${index + 1}轮名称`} />
                    </Form.Item>
                  </Col>
                  <Col span={16}>
                    {fields.length > 1 ? (
                      <Form.Item name={[field.name, 'entrantIds']}>
                        <Select mode="multiple" aria-label={`${rounds[index]?.name ?? ''}参赛者`} placeholder="本轮参赛者（决赛可在初赛成绩出来后再选）" options={entrants.map((id) => ({ value: id, label: entrantLabel(id) }))} optionFilterProp="label" />
                      </Form.Item>
                    ) : (
                      <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>
                        只有一轮时，全部参赛者参加
                      </Typography.Text>
                    )}
                  </Col>
                  <Col span={3}>
                    {fields.length > 1 && (
                      <Button type="link" danger onClick={() => remove(field.name)}>
                        删除
                      </Button>
                    )}
                  </Col>
                </Row>
              ))}
              {fields.length === 1 && (
                <Button type="dashed" block onClick={() => form.setFieldValue('rounds', [{ ...rounds[0], name: '初赛', entrantIds: entrants }, { name: '决赛', entrantIds: [] }])}>
                  分初赛、决赛
                </Button>
              )}
              {fields.length > 1 && fields.length < 3 && (
                <Button type="dashed" block onClick={() => add({ name: '', entrantIds: [] })}>
                  添加轮次
                </Button>
              )}
            </>
          )}
        </Form.List>

        <Divider titlePlacement="start">计分办法（录入成绩前确定，印在成绩公示上）</Divider>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="计分方法" name="method">
              <Select options={SCORING_METHODS.map((m) => ({ value: m, label: SCORING_METHOD_LABELS[m] }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            {method === 'trimmedMean' && (
              <Form.Item label="至少几名评委评分时去掉" name="trimFrom" rules={required('请填写评委人数')}>
                <InputNumber min={3} max={50} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            )}
          </Col>
          <Col span={6}>
            <Form.Item label="最后得分小数位数" name="resultDecimals">
              <Select options={[0, 1, 2, 3].map((d) => ({ value: d, label: d ? `${d}位` : '整数' }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="扣分（超时、违规等）" name="deductions" valuePropName="checked">
              <Switch checkedChildren="有" unCheckedChildren="无" />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">评奖办法（在最后一轮评奖，成绩不完整的不参加评奖）</Divider>
        <Form.Item name="basis">
          <Radio.Group optionType="button" options={AWARD_BASES.map((b) => ({ value: b, label: AWARD_BASIS_LABELS[b] }))} />
        </Form.Item>
        <Form.List name="tiers">
          {(fields, { add, remove }) => (
            <Card size="small" style={{ marginBottom: 16 }}>
              {fields.map((field, index) => (
                <Row key={field.key} gutter={8}>
                  <Col span={8}>
                    <Form.Item name={[field.name, 'label']} rules={required('请填写奖项名称')}>
                      <Input aria-label={`第${index + 1}个奖项`} />
                    </Form.Item>
                  </Col>
                  <Col span={8}>
                    <Form.Item name={[field.name, 'quota']} rules={required(basis === 'count' ? '请填写名额' : '请填写比例')}>
                      <InputNumber aria-label={`第${index + 1}个奖项${basis === 'count' ? '名额' : '比例'}`} min={0} max={basis === 'count' ? 1000 : 100} precision={basis === 'count' ? 0 : 1} suffix={basis === 'count' ? '名' : '%'} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Button type="link" danger aria-label={`删除第${index + 1}个奖项`} onClick={() => remove(field.name)}>
                      删除
                    </Button>
                  </Col>
                </Row>
              ))}
              <Button type="dashed" onClick={() => add({ label: fields.length ? '优胜奖' : '一等奖', quota: 1 })} disabled={fields.length >= 6}>
                添加奖项
              </Button>
            </Card>
          )}
        </Form.List>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="奖项分界处得分相同时" name="tieBreak">
              <Select options={TIE_BREAKS.map((t) => ({ value: t, label: TIE_BREAK_LABELS[t] }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            {tieBreak === 'item' && (
              <Form.Item label="先比较的项目" name="tieItemId" rules={required('请选择先比较的评分项目')}>
                <Select options={items.filter((i) => i.name).map((i) => ({ value: i.id, label: i.name }))} />
              </Form.Item>
            )}
          </Col>
        </Row>
        <Form.Item label="落款" name="issuer" extra="印在成绩公示和荣誉证书上；不填则用“设置 → 单位信息”中的公示落款" rules={[{ max: 40, message: '落款不超过40个字' }]}>
          <Input />
        </Form.Item>
      </Form>
    </GuardedDrawer>
  )
}

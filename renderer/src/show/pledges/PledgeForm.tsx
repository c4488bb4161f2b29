import { App, Button, Card, Col, Form, InputNumber, Radio, Row, Select, Space, Typography, type FormRule } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import type { PledgeView } from '@shared/show/contract'
import {
  GROUP_PLEDGE_ITEMS,
  PERSON_PLEDGE_ITEMS,
  PLEDGE_CATEGORIES,
  PLEDGE_CATEGORY_FIVE_LEADS,
  PLEDGE_CATEGORY_LABELS,
  PLEDGE_SCOPE_LABELS,
  PLEDGE_SCOPES,
  type PledgeCategory,
  type PledgeDraft,
  type PledgeScope
} from '@shared/show/model'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { LimitedInput, LimitedTextArea } from '../../components/LimitedText'
import { PersonPicker, TeamPicker } from '../../components/PersonPicker'
import { textRules, type TextLimit } from '../../components/text-limit'
import type { RosterChoices } from '../../components/useRosterChoices'
import { CancelButton, GuardedDrawer, useUnsavedGuard } from '../../components/unsaved'
import { DeadlineInput } from './DeadlineInput'
import { deadlineRules, pastDeadlines } from './deadline-rules'
import { useTakenOwners, type TakenOwners } from './useTakenOwners'

/** The limits of main's pledge schema (shared/show/model.ts). */
const SUMMARY: TextLimit = { label: '承诺摘要', max: 60 }
const CONTENT: TextLimit = { label: '承诺内容', max: 200, required: true }
const STANDARD: TextLimit = { label: '衡量标准', max: 200 }
const ACTIONS: TextLimit = { label: '措施', max: 300 }

interface ItemValues {
  id?: string
  category: PledgeCategory
  content: string
  standard: string
  actions: string
  responsibleId: string | null
  deadline: string
}

export interface PledgeFormValues {
  scope: PledgeScope
  personId?: string | null
  teamId?: string | null
  year: number
  summary: string
  items: ItemValues[]
}

export interface PledgeFormDefaults {
  year: number
  scope?: PledgeScope
  personId?: string | null
}

const blankItem = (category: PledgeCategory): ItemValues => ({ category, content: '', standard: '', actions: '', responsibleId: null, deadline: '' })

function startValues(editing: PledgeView | null, defaults: PledgeFormDefaults): PledgeFormValues {
  if (editing) {
    return { scope: editing.scope, personId: editing.personId, teamId: editing.teamId, year: editing.year, summary: editing.summary, items: editing.items.map((item) => ({ ...item })) }
  }
  const scope = defaults.scope ?? 'person'
  return { scope, personId: defaults.personId ?? null, teamId: null, year: defaults.year, summary: '', items: scope === 'person' ? [blankItem('study'), blankItem('work')] : [blankItem('service')] }
}

export function itemLimits(scope: PledgeScope) {
  return scope === 'person' ? PERSON_PLEDGE_ITEMS : GROUP_PLEDGE_ITEMS
}

/** The draft main expects, from the form. */
export function toDraft(values: PledgeFormValues, id?: string): PledgeDraft {
  return {
    id,
    year: values.year,
    scope: values.scope,
    personId: values.scope === 'person' ? (values.personId ?? null) : null,
    teamId: values.scope === 'team' ? (values.teamId ?? null) : null,
    summary: values.summary?.trim() ?? '',
    items: values.items.map((item) => ({
      id: item.id,
      category: item.category,
      content: item.content?.trim() ?? '',
      standard: item.standard?.trim() ?? '',
      actions: values.scope === 'person' ? '' : (item.actions?.trim() ?? ''),
      responsibleId: values.scope === 'person' ? null : (item.responsibleId ?? null),
      deadline: item.deadline ?? ''
    }))
  }
}

interface Props {
  open: boolean
  editing: PledgeView | null
  defaults: PledgeFormDefaults
  roster: RosterChoices
  onClose: () => void
  onSaved: (pledge: PledgeView) => void
}

/** 承诺书: 2–5 items for a member (1–10 for a team or the branch), saved as a draft or sent for review. */
export function PledgeForm({ open, editing, defaults, roster, onClose, onSaved }: Props) {
  const [form] = Form.useForm<PledgeFormValues>()
  const call = useCall()
  const { message, modal } = App.useApp()
  const [saving, setSaving] = useState(false)
  const scope = Form.useWatch('scope', form) ?? editing?.scope ?? defaults.scope ?? 'person'
  const year = (Form.useWatch('year', form) as number | undefined) ?? editing?.year ?? defaults.year
  const limits = itemLimits(scope)
  // What the drawer opens with: the pledge being edited, or a new one's blank items.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const loaded = useMemo(() => startValues(editing, defaults), [open, editing])
  const guard = useUnsavedGuard(form, loaded, { active: open })
  const taken = useTakenOwners(open, year, editing?.id)

  useEffect(() => {
    if (open) form.setFieldsValue(loaded)
  }, [open, loaded, form])

  // The year's pledges arrive after the year is typed: check the owner already chosen against them.
  useEffect(() => {
    if (!open) return
    const chosen = (['personId', 'teamId'] as const).filter((name) => form.getFieldValue(name))
    const names = form.getFieldValue('scope') === 'branch' ? [...chosen, 'scope' as const] : chosen
    if (names.length) form.validateFields(names).catch(() => undefined)
  }, [taken, open, form])

  const save = async (submit: boolean) => {
    const ok = await form.validateFields().then(
      () => true,
      () => false
    )
    if (!ok) return
    // getFieldsValue(true) keeps the items' ids, which have no field of their own.
    const values = form.getFieldsValue(true) as PledgeFormValues
    const past = pastDeadlines(values.items, values.year)
    if (past.length && !(await modal.confirm({ title: '完成时限已过', content: `${past.join('、')}的完成时限已经过去，审核通过后会显示为逾期。仍要保存吗？`, okText: '仍然保存', cancelText: '返回修改' }))) return
    setSaving(true)
    let saved = await call(api.show.pledgeSave(toDraft(values, editing?.id)))
    if (saved && submit) saved = (await call(api.show.pledgeTransition({ id: saved.id, action: 'submit' }))) ?? saved
    setSaving(false)
    if (!saved) return
    void message.success(submit && saved.status === 'submitted' ? '承诺已保存并提交支部审核' : '承诺已保存')
    onSaved(saved)
  }

  const returnReason = editing?.status === 'returned' ? editing.returnReason : ''
  return (
    <GuardedDrawer
      open={open}
      guard={guard}
      onClose={onClose}
      size={820}
      destroyOnHidden
      title={editing ? '编辑承诺' : '新增承诺'}
      extra={
        <Space>
          <CancelButton />
          <Button onClick={() => save(false)} loading={saving}>
            保存草稿
          </Button>
          <Button type="primary" onClick={() => save(true)} loading={saving}>
            保存并提交审核
          </Button>
        </Space>
      }
    >
      {returnReason && (
        <Typography.Paragraph type="danger" data-testid="return-reason">
          支部退回原因：{returnReason}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" requiredMark={false} initialValues={loaded}>
        <Row gutter={16}>
          <Col span={9}>
            <Form.Item label="承诺类型" name="scope" dependencies={['year']} rules={[branchRule(taken)]}>
              <Radio.Group optionType="button" disabled={!!editing} options={PLEDGE_SCOPES.map((s) => ({ value: s, label: PLEDGE_SCOPE_LABELS[s] }))} />
            </Form.Item>
          </Col>
          <Col span={10}>
            {scope === 'person' && (
              <Form.Item label="承诺党员" name="personId" dependencies={['year']} rules={[{ required: true, message: '请选择作出承诺的党员' }, ownerRule(taken.people, (id) => roster.person(id)?.name ?? '')]}>
                <PersonPicker people={roster.members} unavailable={taken.people} disabled={!!editing} style={{ width: '100%' }} />
              </Form.Item>
            )}
            {scope === 'team' && (
              <Form.Item label="承诺班组" name="teamId" dependencies={['year']} rules={[{ required: true, message: '请选择作出承诺的班组' }, ownerRule(taken.teams, (id) => roster.teamName(id))]}>
                <TeamPicker teams={roster.teams} unavailable={taken.teams} />
              </Form.Item>
            )}
          </Col>
          <Col span={5}>
            <Form.Item label="年度" name="year" rules={[{ required: true, message: '请选择年度' }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} disabled={!!editing} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="承诺摘要" name="summary" rules={textRules(SUMMARY)} extra="一句话，印在岗位牌、桌牌和公示栏上；不填则取第一项承诺">
          <LimitedInput limit={SUMMARY} placeholder="例如：一次告知、限时办结，微笑服务零投诉" />
        </Form.Item>
        <Form.List
          name="items"
          rules={[
            {
              validator: async (_rule, items: unknown[] | undefined) => {
                const count = items?.length ?? 0
                if (count < limits.min || count > limits.max) {
                  throw new Error(scope === 'person' ? `党员承诺应有${limits.min}至${limits.max}项，目前${count}项` : `承诺事项应有${limits.min}至${limits.max}项`)
                }
              }
            }
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <ItemCard key={field.key} name={field.name} index={index} scope={scope} year={year} roster={roster} onRemove={() => remove(field.name)} />
              ))}
              <Button type="dashed" block disabled={fields.length >= limits.max} onClick={() => add(blankItem(PLEDGE_CATEGORIES[Math.min(fields.length, 4)]))}>
                添加一项承诺（最多{limits.max}项）
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form>
    </GuardedDrawer>
  )
}

function ItemCard({ name, index, scope, year, roster, onRemove }: { name: number; index: number; scope: PledgeScope; year: number; roster: RosterChoices; onRemove: () => void }) {
  const group = scope !== 'person'
  return (
    <Card
      size="small"
      title={`第 ${index + 1} 项`}
      style={{ marginBottom: 12 }}
      extra={
        <Button type="link" danger size="small" onClick={onRemove}>
          删除此项
        </Button>
      }
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item label="类别" name={[name, 'category']} extra={<CategoryHint name={name} />}>
            <Select options={PLEDGE_CATEGORIES.map((c) => ({ value: c, label: PLEDGE_CATEGORY_LABELS[c] }))} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item label="完成时限" name={[name, 'deadline']} dependencies={['year']} rules={deadlineRules}>
            <DeadlineInput year={year} />
          </Form.Item>
        </Col>
        {group && (
          <Col span={6}>
            <Form.Item label="责任人" name={[name, 'responsibleId']} rules={[{ required: true, message: '请选择责任人' }]}>
              <PersonPicker people={roster.people} placeholder="选择责任人" style={{ width: '100%', minWidth: 0 }} />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Form.Item label="承诺内容" name={[name, 'content']} rules={textRules(CONTENT)}>
        <LimitedTextArea limit={CONTENT} rows={2} placeholder="写明具体做什么，例如：负责事项做到一次告知、限时办结" />
      </Form.Item>
      <Form.Item label="衡量标准" name={[name, 'standard']} rules={textRules(STANDARD)}>
        <LimitedInput limit={STANDARD} placeholder="怎样算完成，例如：全年无超时办结、群众满意度98%以上" />
      </Form.Item>
      {group && (
        <Form.Item label="措施" name={[name, 'actions']} rules={textRules(ACTIONS)}>
          <LimitedTextArea limit={ACTIONS} rows={2} />
        </Form.Item>
      )}
    </Card>
  )
}

/** A member or team that already has a pledge of the year, said at once (the picker also greys it out). */
function ownerRule(taken: TakenOwners['people'], nameOf: (id: string) => string): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, id: string | null | undefined) => {
      if (id && taken.has(id)) throw new Error(`${nameOf(id)}${getFieldValue('year')}年度已有承诺，请在原承诺上修改`)
    }
  })
}

function branchRule(taken: TakenOwners): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, scope: PledgeScope) => {
      if (scope === 'branch' && taken.branch) throw new Error(`党支部${getFieldValue('year')}年度已有承诺，请在原承诺上修改`)
    }
  })
}

/** Which 五带头 criterion the category answers, under the select. */
function CategoryHint({ name }: { name: number }) {
  const category = Form.useWatch(['items', name, 'category']) as PledgeCategory | undefined
  return category ? `对应“${PLEDGE_CATEGORY_FIVE_LEADS[category]}”` : null
}

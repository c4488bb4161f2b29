import { App, Form, Radio, Select } from 'antd'
import { useMemo, useState } from 'react'
import type { PersonRow, TeamRow } from '@shared/roster/contract'
import { TEAM_KINDS, TEAM_KIND_LABELS, type TeamInput } from '@shared/roster/model'
import { api } from '../api/client'
import { useCall } from '../api/useCall'
import { LimitedInput } from '../components/LimitedText'
import { textRules, type TextLimit } from '../components/text-limit'
import { GuardedModal, useUnsavedGuard } from '../components/unsaved'
import { matchesSearch } from './filter-people'

interface Props {
  /** null: a new team. */
  team: TeamRow | null
  people: PersonRow[]
  onClose: () => void
  onSaved: () => void
}

type TeamForm = Pick<TeamInput, 'name' | 'kind' | 'leaderId'>

const NAME: TextLimit = { label: '班组名称', max: 30, required: true }

/** 新增 / 编辑班组: name, kind and the responsible leader, chosen from the roster (leaders first). */
export function TeamModal({ team, people, onClose, onSaved }: Props) {
  const [form] = Form.useForm<TeamForm>()
  const call = useCall()
  const { message } = App.useApp()
  const [saving, setSaving] = useState(false)
  const loaded = useMemo<TeamForm>(() => ({ name: team?.name ?? '', kind: team?.kind ?? 'team', leaderId: team?.leaderId ?? null }), [team])
  const guard = useUnsavedGuard(form, loaded)

  const leaders = people.filter((p) => p.isLeader && !p.isOutsider)
  const others = people.filter((p) => !p.isLeader && !p.isOutsider)
  const option = (p: PersonRow) => ({ value: p.id, label: p.teamName ? `${p.name}（${p.teamName}）` : p.name, person: p })

  const save = async () => {
    const values = await form.validateFields().catch(() => null)
    if (!values) return
    setSaving(true)
    const saved = await call(api.roster.saveTeam({ ...values, leaderId: values.leaderId ?? null, ...(team ? { id: team.id, order: team.order } : {}) }))
    setSaving(false)
    if (!saved) return
    void message.success(`已保存「${saved.name}」`)
    onSaved()
    onClose()
  }

  return (
    <GuardedModal open title={team ? `编辑班组：${team.name}` : '新增班组'} okText="保存" cancelText="取消" confirmLoading={saving} onOk={save} guard={guard} onCancel={onClose}>
      <Form form={form} layout="vertical" initialValues={loaded}>
        <Form.Item label="名称" name="name" rules={textRules(NAME)}>
          <LimitedInput limit={NAME} placeholder="如 综合受理窗口" autoFocus />
        </Form.Item>
        <Form.Item label="类型" name="kind">
          <Radio.Group optionType="button" options={TEAM_KINDS.map((k) => ({ value: k, label: TEAM_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item label="分管领导" name="leaderId" extra="可输入姓名或拼音首字母查找；标为“领导干部”的人员排在前面">
          <Select
            allowClear
            showSearch={{ filterOption: (input, option) => Boolean(option && 'person' in option && matchesSearch(option.person as PersonRow, input)) }}
            placeholder="请选择"
            options={[
              { label: '领导干部', title: '领导干部', options: leaders.map(option) },
              { label: '其他人员', title: '其他人员', options: others.map(option) }
            ].filter((group) => group.options.length)}
          />
        </Form.Item>
      </Form>
    </GuardedModal>
  )
}

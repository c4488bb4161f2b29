import { App, Card, Select, Table } from 'antd'
import type { PersonRow } from '@shared/roster/contract'
import { PHRASE_CATEGORIES, PHRASE_CATEGORY_LABELS, type TipPhrase } from '@shared/show/model'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { useRosterChoices } from '../../components/useRosterChoices'

const MAX_PHRASES = 10

/** Which phrases each member puts on the desk (printed as 按人员分配 tip cards). Saved as chosen. */
export function TipAssignments({ phrases }: { phrases: TipPhrase[] }) {
  const call = useCall()
  const { message } = App.useApp()
  const roster = useRosterChoices()
  const assignments = useLoad(() => api.show.tipAssignments())
  const assigned = new Map((assignments.data ?? []).map((a) => [a.personId, a.phraseIds]))
  const options = PHRASE_CATEGORIES.map((c) => ({
    label: PHRASE_CATEGORY_LABELS[c],
    title: PHRASE_CATEGORY_LABELS[c],
    options: phrases.filter((p) => p.category === c).map((p) => ({ value: p.id, label: p.text }))
  })).filter((group) => group.options.length)

  const assign = async (person: PersonRow, phraseIds: string[]) => {
    if (phraseIds.length > MAX_PHRASES) {
      void message.warning(`每人最多${MAX_PHRASES}条提示语`)
      return
    }
    const saved = await call(api.show.tipAssign({ personId: person.id, phraseIds }))
    if (saved) assignments.setData([...(assignments.data ?? []).filter((a) => a.personId !== person.id), saved])
  }

  return (
    <Card size="small" title="提示语分配" extra="为党员选择放在桌面上的提示语，选好即保存">
      <Table<PersonRow>
        rowKey="id"
        size="small"
        loading={roster.loading || assignments.loading}
        dataSource={roster.members}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: '花名册中还没有党员' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '班组', dataIndex: 'teamName', width: 140 },
          {
            title: '桌面提示语',
            key: 'phrases',
            render: (_: unknown, person) => (
              <Select
                mode="multiple"
                aria-label={`${person.name}的提示语`}
                style={{ width: '100%' }}
                placeholder="未分配"
                value={assigned.get(person.id) ?? []}
                onChange={(ids: string[]) => assign(person, ids)}
                options={options}
                maxTagCount="responsive"
                // A long phrase shortened, so the first of them always shows (not only "+ 2 ...").
                maxTagTextLength={14}
                showSearch={{ optionFilterProp: 'label' }}
              />
            )
          }
        ]}
      />
    </Card>
  )
}

import { App, Button, Card, Popconfirm, Space, Table, Tabs, Tag } from 'antd'
import { useState } from 'react'
import type { NominationView, SelectionView } from '@shared/compete/selections/contract'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import type { RosterChoices } from '../../components/useRosterChoices'
import { DecisionsPanel } from './DecisionsPanel'
import { NominationDrawer } from './NominationDrawer'
import { PublishPanel } from './PublishPanel'
import { TallyPanel } from './TallyPanel'

/** One selection, step by step: 推荐 → 计票 → 会议决定 → 结果与公示. */
export function SelectionDetail({ selection, roster, onChanged, onPrint }: { selection: SelectionView; roster: RosterChoices; onChanged: (view: SelectionView) => void; onPrint: (document: string) => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const [editing, setEditing] = useState<NominationView | 'new' | null>(null)
  const [tab, setTab] = useState('nominations')
  const counted = Boolean(selection.tally)
  const published = Boolean(selection.noticeFrom)

  const remove = async (n: NominationView) => {
    const after = await call(api.compete.nominationDelete({ id: n.id }))
    if (after) {
      void message.success(`已删除对${n.nomineeName}的推荐；花名册中的${n.nomineeName}不受影响`)
      onChanged(after)
    }
  }

  return (
    <Card size="small" title={`${selection.year}年度${selection.titleName}评选`} extra={<Tag color="blue">{selection.ruleText || '不限赞成人数'}</Tag>}>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'nominations',
            label: `推荐（${selection.nominations.length}）`,
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Button type="primary" size="small" disabled={counted || published} onClick={() => setEditing('new')}>
                  新增推荐
                </Button>
                <Table<NominationView>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={selection.nominations}
                  locale={{ emptyText: '还没有推荐，点“新增推荐”添加' }}
                  columns={[
                    { title: selection.nomineeKind === 'team' ? '被推荐集体' : '被推荐人', dataIndex: 'nomineeName', width: 110 },
                    { title: '所在班组', dataIndex: 'teamName', width: 130 },
                    { title: '岗位', dataIndex: 'post', width: 100 },
                    { title: '推荐单位', dataIndex: 'recommendedBy', width: 120 },
                    { title: '推荐理由', dataIndex: 'reasons', ellipsis: true },
                    { title: '事迹材料', dataIndex: 'deeds', width: 90, render: (d: string) => (d ? `${d.length}字` : <Tag color="orange">未填</Tag>) },
                    {
                      title: '操作',
                      key: 'op',
                      width: 120,
                      render: (_: unknown, n) => (
                        <Space size={0}>
                          <Button type="link" size="small" disabled={published} onClick={() => setEditing(n)}>
                            修改
                          </Button>
                          <Popconfirm title={`删除对${n.nomineeName}的推荐？`} description="推荐理由和事迹材料将一并删除。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove(n)}>
                            <Button type="link" size="small" danger disabled={counted || published}>
                              删除
                            </Button>
                          </Popconfirm>
                        </Space>
                      )
                    }
                  ]}
                />
              </Space>
            )
          },
          { key: 'tally', label: '计票', disabled: !selection.nominations.length, children: <TallyPanel selection={selection} onSaved={onChanged} /> },
          { key: 'decisions', label: '会议决定', disabled: !counted, children: <DecisionsPanel selection={selection} onSaved={onChanged} /> },
          { key: 'results', label: '结果与公示', children: <PublishPanel selection={selection} onSaved={onChanged} onPrint={onPrint} /> }
        ]}
      />
      <NominationDrawer selection={selection} editing={editing} roster={roster} onClose={() => setEditing(null)} onSaved={onChanged} />
    </Card>
  )
}

import { Button, Card, Empty, Popconfirm, Space, Table, Typography } from 'antd'
import type { PersonRow, TeamRow } from '@shared/roster/contract'
import { TEAM_KIND_LABELS } from '@shared/roster/model'
import { api } from '../api/client'
import { useCall, useLoad } from '../api/useCall'
import { PersonName } from './NameFlags'
import { useChangeNotes } from './use-roster'
import { LoadState } from './LoadState'

type Kind = 'person' | 'team'

const deletedAt = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '')

/** 回收站: deleted people and teams, restored with one click or deleted for good after a confirmation. */
export function RecyclePage() {
  const bin = useLoad(() => api.roster.recycleBin())
  const call = useCall()
  const tell = useChangeNotes()

  if (!bin.data) return <LoadState loading={bin.loading} what="回收站" onRetry={bin.reload} />
  const { people, teams } = bin.data

  const restore = async (kind: Kind, id: string, name: string) => {
    const done = await call(api.roster.restore({ kind, id }))
    if (!done) return
    tell(`已恢复「${name}」`, done.notes)
    bin.reload()
  }
  const purge = async (kind: Kind, id: string, name: string) => {
    const done = await call(api.roster.purge({ kind, id }))
    if (!done) return
    tell(`已彻底删除「${name}」`, done.notes)
    bin.reload()
  }
  const actions = (kind: Kind, id: string, name: string) => (
    <Space size={0}>
      <Button type="link" size="small" onClick={() => restore(kind, id, name)}>
        恢复
      </Button>
      <Popconfirm
        title={`彻底删除「${name}」？`}
        description="彻底删除后无法恢复。"
        okText="彻底删除"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        onConfirm={() => purge(kind, id, name)}
      >
        <Button type="link" size="small" danger>
          彻底删除
        </Button>
      </Popconfirm>
    </Space>
  )

  if (people.length === 0 && teams.length === 0) {
    return (
      <Card>
        <Empty style={{ padding: '48px 0' }} description="回收站是空的。删除的人员和班组会先放到这里，可以随时恢复。" />
      </Card>
    )
  }
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text type="secondary">删除的人员和班组放在这里，恢复后回到原处；彻底删除后无法找回。</Typography.Text>
      <Card title={`人员（${people.length} 人）`}>
        <Table<PersonRow>
          rowKey="id"
          size="middle"
          dataSource={people}
          pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: '没有删除的人员' }}
          columns={[
            { title: '姓名', key: 'name', render: (_, p) => <PersonName person={p} /> },
            { title: '岗位', dataIndex: 'post' },
            { title: '原所在班组', dataIndex: 'teamName' },
            { title: '删除时间', dataIndex: 'deletedAt', width: 180, render: deletedAt },
            { title: '操作', key: 'actions', width: 170, render: (_, p) => actions('person', p.id, p.name) }
          ]}
        />
      </Card>
      <Card title={`班组（${teams.length} 个）`}>
        <Table<TeamRow>
          rowKey="id"
          size="middle"
          dataSource={teams}
          pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: '没有删除的班组' }}
          columns={[
            { title: '名称', dataIndex: 'name' },
            { title: '类型', dataIndex: 'kind', render: (kind: TeamRow['kind']) => TEAM_KIND_LABELS[kind] },
            { title: '删除时间', dataIndex: 'deletedAt', width: 180, render: deletedAt },
            { title: '操作', key: 'actions', width: 170, render: (_, t) => actions('team', t.id, t.name) }
          ]}
        />
      </Card>
    </Space>
  )
}

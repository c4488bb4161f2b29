import { Button, Card, Popconfirm, Space, Table, Tooltip, Typography } from 'antd'
import { useState } from 'react'
import type { TeamRow } from '@shared/roster/contract'
import { TEAM_KIND_LABELS, type TeamKind } from '@shared/roster/model'
import { api } from '../api/client'
import { useCall } from '../api/useCall'
import { MergeTeamModal } from './MergeTeamModal'
import { TeamModal } from './TeamModal'
import { useChangeNotes, useRosterList } from './use-roster'
import { LoadState } from './LoadState'

/** The ids with the team at `index` moved one place up (-1) or down (+1). */
export function moved(teams: readonly TeamRow[], index: number, step: -1 | 1): string[] {
  const ids = teams.map((t) => t.id)
  const other = index + step
  if (other < 0 || other >= ids.length) return ids
  ;[ids[index], ids[other]] = [ids[other], ids[index]]
  return ids
}

/** 班组: teams in the order every document lists them, with their leader and head count. */
export function TeamsPage() {
  const roster = useRosterList()
  const call = useCall()
  const tell = useChangeNotes()
  const [editing, setEditing] = useState<TeamRow | 'new' | null>(null)
  const [merging, setMerging] = useState<TeamRow | null>(null)
  const [moving, setMoving] = useState(false)

  if (!roster.data) return <LoadState loading={roster.loading} what="班组" onRetry={roster.reload} />
  const { teams, people } = roster.data

  const move = async (index: number, step: -1 | 1) => {
    setMoving(true)
    const reordered = await call(api.roster.reorderTeams({ ids: moved(teams, index, step) }))
    setMoving(false)
    if (reordered) roster.setData({ ...roster.data!, teams: reordered })
  }
  const remove = async (team: TeamRow) => {
    const done = await call(api.roster.deleteTeam({ id: team.id }))
    if (!done) return
    tell(`已把「${team.name}」移到回收站`, done.notes)
    roster.reload()
  }

  return (
    <Card>
      <Space data-toolbar="teams" style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">班组的顺序就是花名册、公示栏等材料中的排列顺序。</Typography.Text>
        <Button type="primary" onClick={() => setEditing('new')}>
          新增班组
        </Button>
      </Space>
      <Table<TeamRow>
        rowKey="id"
        size="middle"
        dataSource={teams}
        pagination={false}
        locale={{ emptyText: '还没有班组。点“新增班组”添加，或在导入花名册时自动创建。' }}
        columns={[
          {
            title: '顺序',
            key: 'order',
            width: 140,
            render: (_, team, index) => (
              <Space size={4}>
                <span style={{ display: 'inline-block', width: 24 }}>{index + 1}</span>
                <Button size="small" aria-label={`上移${team.name}`} disabled={moving || index === 0} onClick={() => move(index, -1)}>
                  上移
                </Button>
                <Button size="small" aria-label={`下移${team.name}`} disabled={moving || index === teams.length - 1} onClick={() => move(index, 1)}>
                  下移
                </Button>
              </Space>
            )
          },
          { title: '名称', dataIndex: 'name' },
          { title: '类型', dataIndex: 'kind', width: 90, render: (kind: TeamKind) => TEAM_KIND_LABELS[kind] },
          { title: '分管领导', dataIndex: 'leaderName', width: 140, render: (name: string | null) => name ?? <Typography.Text type="secondary">未指定</Typography.Text> },
          { title: '人数', dataIndex: 'memberCount', width: 80 },
          {
            title: '操作',
            key: 'actions',
            width: 210,
            render: (_, team) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(team)}>
                  编辑
                </Button>
                <Button type="link" size="small" disabled={teams.length < 2} onClick={() => setMerging(team)}>
                  合并到…
                </Button>
                {team.memberCount > 0 ? (
                  <Tooltip title={`班组中还有 ${team.memberCount} 人：可在“人员”中勾选他们移到其他班组，或用“合并到…”把整个班组并入另一个班组`}>
                    <Button type="link" size="small" danger disabled>
                      删除
                    </Button>
                  </Tooltip>
                ) : (
                  <Popconfirm title={`把班组「${team.name}」移到回收站？`} description="移到回收站后可以随时恢复。" okText="移到回收站" cancelText="取消" onConfirm={() => remove(team)}>
                    <Button type="link" size="small" danger>
                      删除
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            )
          }
        ]}
      />
      {merging && <MergeTeamModal team={merging} teams={teams} onClose={() => setMerging(null)} onMerged={roster.reload} />}
      {editing && (
        <TeamModal
          team={editing === 'new' ? null : editing}
          people={people}
          onClose={() => setEditing(null)}
          onSaved={roster.reload}
        />
      )}
    </Card>
  )
}

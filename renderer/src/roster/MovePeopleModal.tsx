import { Alert, Form, Modal, Select, Typography } from 'antd'
import { useState } from 'react'
import type { PersonRow, TeamRow } from '@shared/roster/contract'
import { api } from '../api/client'
import { useCall } from '../api/useCall'
import { NO_TEAM } from './filter-people'
import { useChangeNotes } from './use-roster'

interface Props {
  /** The people selected in the table. */
  people: PersonRow[]
  teams: TeamRow[]
  onClose: () => void
  onMoved: () => void
}

const namesOf = (people: PersonRow[]) => people.slice(0, 8).map((p) => p.name).join('、') + (people.length > 8 ? ` 等 ${people.length} 人` : '')

/** 移到班组…: the selected people to one team (or out of any), after the user has seen who and where. */
export function MovePeopleModal({ people, teams, onClose, onMoved }: Props) {
  const call = useCall()
  const tell = useChangeNotes()
  const [target, setTarget] = useState<string | undefined>(undefined)
  const [moving, setMoving] = useState(false)
  const teamId = target === NO_TEAM ? null : (target ?? null)
  const where = target === NO_TEAM ? '未分班组' : `「${teams.find((t) => t.id === target)?.name ?? ''}」`
  const already = target ? people.filter((p) => p.teamId === teamId).length : 0

  const move = async () => {
    if (!target) return
    setMoving(true)
    const done = await call(api.roster.movePeople({ ids: people.map((p) => p.id), teamId }))
    setMoving(false)
    if (!done) return
    tell(done.said, done.notes)
    onMoved()
    onClose()
  }

  return (
    <Modal
      open
      title={`把选中的 ${people.length} 人移到班组`}
      okText="确认移动"
      cancelText="取消"
      okButtonProps={{ disabled: !target || already === people.length }}
      confirmLoading={moving}
      onOk={move}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">已选：{namesOf(people)}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="移到">
          <Select
            aria-label="移到哪个班组"
            placeholder="请选择班组"
            value={target}
            onChange={setTarget}
            options={[...teams.map((t) => ({ value: t.id, label: `${t.name}（${t.memberCount} 人）` })), { value: NO_TEAM, label: '未分班组（移出班组）' }]}
          />
        </Form.Item>
      </Form>
      {target && (
        <Alert
          type={already === people.length ? 'warning' : 'info'}
          showIcon
          title={
            already === people.length
              ? `所选人员都已在${where}`
              : `将把 ${people.length - already} 人移到${where}${already ? `（另有 ${already} 人原已在${where}，不变）` : ''}`
          }
        />
      )}
    </Modal>
  )
}

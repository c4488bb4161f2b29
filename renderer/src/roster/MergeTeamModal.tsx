import { Alert, Form, Modal, Select, Spin, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { TeamRow, Told } from '@shared/roster/contract'
import { api } from '../api/client'
import { useCall } from '../api/useCall'
import { NoteList } from './NoteList'
import { useChangeNotes } from './use-roster'

interface Props {
  /** The team merged away. */
  team: TeamRow
  teams: TeamRow[]
  onClose: () => void
  onMerged: () => void
}

/**
 * 合并到…: the user picks the team to merge into, then reads what main says the merge will move
 * and keep (the same sentences the merge itself answers), and only then confirms.
 */
export function MergeTeamModal({ team, teams, onClose, onMerged }: Props) {
  const call = useCall()
  const tell = useChangeNotes()
  const [intoId, setIntoId] = useState<string | undefined>(undefined)
  // Main's answer for one choice of team: never shown for another (the user may change it quickly).
  const [answer, setAnswer] = useState<{ intoId: string; told: Told | undefined } | null>(null)
  const [merging, setMerging] = useState(false)
  const preview = answer && answer.intoId === intoId ? answer.told : undefined
  const loading = intoId !== undefined && answer?.intoId !== intoId

  useEffect(() => {
    if (!intoId) return
    let live = true
    void call(api.roster.mergeTeamPreview({ fromId: team.id, intoId })).then((told) => live && setAnswer({ intoId, told }))
    return () => {
      live = false
    }
  }, [call, team.id, intoId])

  const merge = async () => {
    if (!intoId) return
    setMerging(true)
    const done = await call(api.roster.mergeTeam({ fromId: team.id, intoId }))
    setMerging(false)
    if (!done) return
    tell(done.said, done.notes)
    onMerged()
    onClose()
  }

  return (
    <Modal
      open
      title={`合并班组：${team.name}`}
      okText="确认合并"
      cancelText="取消"
      okButtonProps={{ danger: true, disabled: !preview }}
      confirmLoading={merging}
      onOk={merge}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        把「{team.name}」的人员及其班组承诺等记录并入另一个班组，「{team.name}」随后移到回收站（可以恢复）。
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="并入">
          <Select
            aria-label="并入哪个班组"
            placeholder="请选择班组"
            value={intoId}
            onChange={setIntoId}
            options={teams.filter((t) => t.id !== team.id).map((t) => ({ value: t.id, label: `${t.name}（${t.memberCount} 人）` }))}
          />
        </Form.Item>
      </Form>
      {loading && <Spin size="small" />}
      {preview && <Alert type="warning" showIcon title={preview.said} description={<NoteList items={preview.notes} />} data-testid="merge-preview" />}
    </Modal>
  )
}

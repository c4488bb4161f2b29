import { Space, Tag, Tooltip } from 'antd'
import type { PersonRow } from '@shared/roster/contract'
import { DUTY_STATUS_LABELS } from '@shared/roster/model'

/** The words shown wherever a name has a character the print fonts cannot draw. */
export const missingGlyphText = (chars: readonly string[]) => `该字在打印字体中缺失：${chars.join(' ')}`

export function MissingGlyphTag({ chars }: { chars: readonly string[] }) {
  const text = missingGlyphText(chars)
  return (
    <Tooltip title={`${text}。打印时这些字会显示为空框：可在“设置 → 补充打印字体”中添加含这些字的字体，或核对后手写补上、改用常用写法。`}>
      <Tag color="orange" aria-label={text} style={{ marginInlineEnd: 0 }}>
        缺字 {chars.join('')}
      </Tag>
    </Tooltip>
  )
}

/** A name with what matters at a glance: missing print glyphs, leader, supervisor, not on duty. */
export function PersonName({ person }: { person: PersonRow }) {
  return (
    <Space size={4} wrap>
      <span>{person.name}</span>
      {person.missingGlyphs.length > 0 && <MissingGlyphTag chars={person.missingGlyphs} />}
      {person.isLeader && <Tag color="red">领导</Tag>}
      {person.isSupervisor && <Tag color="blue">{person.isOutsider ? '特约监督员（外）' : '特约监督员'}</Tag>}
      {person.dutyStatus !== 'onDuty' && <Tag>{DUTY_STATUS_LABELS[person.dutyStatus]}</Tag>}
    </Space>
  )
}

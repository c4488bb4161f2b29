import { Button, Card, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { PersonRow } from '@shared/roster/contract'
import { useRosterChoices } from '../../components/useRosterChoices'
import { PrintDialog } from '../../print/PrintDialog'
import { selectableTable } from '../selectable-table'
import { PlacardSettings } from './PlacardSettings'

/** The 亮身份 documents by their ids in the print catalogue. */
const IDENTITY_DOCUMENTS: { id: string; label: string }[] = [
  { id: 'post-placard', label: '打印党员岗位牌' },
  { id: 'desk-placard', label: '打印桌牌' },
  { id: 'notice-board', label: '打印党员公示栏' },
  { id: 'tip-cards', label: '打印温馨提示牌' }
]

/** 亮身份: the members whose placards, desk cards and notice board are printed, and how they look. */
export function IdentityPage() {
  const roster = useRosterChoices()
  const [selected, setSelected] = useState<string[]>([])
  const [printing, setPrinting] = useState<string | null>(null)
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PlacardSettings />
      <Card
        size="small"
        title={selected.length ? `已选 ${selected.length} 名党员` : `党员（${roster.members.length} 人）`}
        extra={
          <Space wrap data-toolbar="identity-print">
            <Typography.Text type="secondary">{selected.length ? '为所选党员' : '为全体党员'}</Typography.Text>
            {IDENTITY_DOCUMENTS.map((doc) => (
              <Button key={doc.id} size="small" onClick={() => setPrinting(doc.id)}>
                {doc.label}
              </Button>
            ))}
          </Space>
        }
      >
        <Table<PersonRow>
          {...selectableTable(selected, setSelected)}
          loading={roster.loading}
          dataSource={roster.members}
          locale={{ emptyText: '花名册中还没有党员。请先在花名册录入或导入人员。' }}
          columns={[
            {
              title: '姓名',
              dataIndex: 'name',
              render: (name: string, p) => (
                <Space size={4}>
                  {name}
                  {p.politicalStatus === 'probationary' && <Tag>预备党员</Tag>}
                  {p.missingGlyphs.length > 0 && <Tag color="warning">缺字：{p.missingGlyphs.join('')}</Tag>}
                </Space>
              )
            },
            { title: '班组', dataIndex: 'teamName', width: 140 },
            { title: '岗位', dataIndex: 'post', width: 160 },
            { title: '职务', key: 'posts', render: (_: unknown, p) => [p.partyPost, p.adminPost].filter(Boolean).join('、') },
            { title: '照片', dataIndex: 'photo', width: 80, render: (photo: string | null) => (photo ? '有' : <Typography.Text type="secondary">无</Typography.Text>) },
            { title: '岗位职责', dataIndex: 'duties', ellipsis: true }
          ]}
        />
      </Card>
      {printing && (
        <PrintDialog open document={printing} preset={selected.length ? { personIds: selected } : {}} onClose={() => setPrinting(null)} />
      )}
    </Space>
  )
}

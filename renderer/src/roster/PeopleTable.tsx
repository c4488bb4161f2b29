import { Button, Popconfirm, Space, Table, Tag } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { TableRowSelection } from 'antd/es/table/interface'
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { PersonRow, TeamRow } from '@shared/roster/contract'
import { GENDER_LABELS, POLITICAL_STATUSES, POLITICAL_STATUS_LABELS, type PoliticalStatus } from '@shared/roster/model'
import { formatPartialDate } from '@shared/rules/partial-date'
import { PersonName } from './NameFlags'

const STATUS_COLORS: Record<PoliticalStatus, string> = { member: 'red', probationary: 'volcano', league: 'blue', masses: 'default' }

const byPinyin = (a: PersonRow, b: PersonRow) => a.pinyin.localeCompare(b.pinyin)
const byBirth = (a: PersonRow, b: PersonRow) => a.birth.localeCompare(b.birth)
const byStatus = (a: PersonRow, b: PersonRow) => POLITICAL_STATUSES.indexOf(a.politicalStatus) - POLITICAL_STATUSES.indexOf(b.politicalStatus)

interface Props {
  people: PersonRow[]
  teams: TeamRow[]
  onEdit: (person: PersonRow) => void
  onDelete: (person: PersonRow) => void
  /** Ticked rows, for 移到班组…; ids of people shown. */
  selectedIds: string[]
  onSelect: (ids: string[]) => void
}

/**
 * The people table. Memoised and paginated: a thousand rows filter and re-render within a frame,
 * because only one page of rows is ever in the DOM.
 */
export const PeopleTable = memo(function PeopleTable({ people, teams, onEdit, onDelete, selectedIds, onSelect }: Props) {
  const rowSelection = useMemo<TableRowSelection<PersonRow>>(
    () => ({
      selectedRowKeys: selectedIds,
      onChange: (keys) => onSelect(keys as string[]),
      fixed: true,
      // Narrow, and the columns below leave it room: at 1360 px 岗位 still shows 不动产登记受理 in full.
      columnWidth: 32,
      // The header box ticks this page; these reach every page of the filtered list.
      selections: [Table.SELECTION_ALL, Table.SELECTION_INVERT, Table.SELECTION_NONE],
      getCheckboxProps: (p) => ({ 'aria-label': `选择${p.name}` })
    }),
    [selectedIds, onSelect]
  )
  const columns = useMemo<ColumnsType<PersonRow>>(() => {
    const teamOrder = new Map(teams.map((t, i) => [t.id, i]))
    const rank = (p: PersonRow) => (p.teamId === null ? teams.length : (teamOrder.get(p.teamId) ?? teams.length))
    return [
      { title: '姓名', key: 'name', width: 150, fixed: 'left', sorter: byPinyin, render: (_, p) => <PersonName person={p} /> },
      { title: '性别', dataIndex: 'gender', width: 56, render: (g: PersonRow['gender']) => (g ? GENDER_LABELS[g] : '') },
      { title: '出生年月', dataIndex: 'birth', width: 88, sorter: byBirth, render: formatPartialDate },
      {
        title: '政治面貌',
        dataIndex: 'politicalStatus',
        width: 96,
        sorter: byStatus,
        render: (s: PoliticalStatus) => <Tag color={STATUS_COLORS[s]}>{POLITICAL_STATUS_LABELS[s]}</Tag>
      },
      { title: '所在班组', dataIndex: 'teamName', width: 112, ellipsis: true, sorter: (a, b) => rank(a) - rank(b) },
      // 岗位 takes what the window leaves; 职务 is wide enough for 主任、党支部书记, each phone has its own line.
      { title: '岗位', dataIndex: 'post', ellipsis: true },
      { title: '职务', key: 'posts', width: 150, ellipsis: true, render: (_, p) => [p.adminPost, p.partyPost].filter(Boolean).join('、') },
      { title: '联系电话', dataIndex: 'phone', width: 130, render: (phone: string) => <PhoneLines phone={phone} /> },
      {
        title: '操作',
        key: 'actions',
        width: 116,
        fixed: 'right',
        render: (_, p) => (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => onEdit(p)}>
              编辑
            </Button>
            <Popconfirm
              title={`把「${p.name}」移到回收站？`}
              description="移到回收站后可以随时恢复。"
              okText="移到回收站"
              cancelText="取消"
              onConfirm={() => onDelete(p)}
            >
              <Button type="link" size="small" danger>
                删除
              </Button>
            </Popconfirm>
          </Space>
        )
      }
    ]
  }, [teams, onEdit, onDelete])

  const { ref, rowsOverflow } = useRowsOverflow()
  return (
    <div ref={ref}>
      <Table<PersonRow>
        size="middle"
        rowKey="id"
        columns={columns}
        dataSource={people}
        rowSelection={rowSelection}
        showSorterTooltip={false}
        // The page never scrolls: toolbar, header and pagination stay in view, the rows scroll once
        // there are more than the window holds (a fixed-height body always draws a scrollbar, even
        // for three rows). In the smallest window the middle columns scroll sideways between the
        // name and the actions.
        scroll={{ x: 1040, y: rowsOverflow ? `calc(100vh - ${ROWS_OFFSET}px)` : undefined }}
        pagination={{ defaultPageSize: 20, pageSizeOptions: [20, 50, 100], showSizeChanger: true, showTotal: (total) => `共 ${total} 人` }}
        locale={{ emptyText: '没有符合条件的人员，请换个关键词或清除筛选' }}
      />
    </div>
  )
})

/** What the page keeps above and below the rows: title, toolbar, table header, pagination. */
const ROWS_OFFSET = 330

/** Whether the rows are taller than the window leaves them, measured after each render and on resize. */
function useRowsOverflow() {
  const ref = useRef<HTMLDivElement>(null)
  const [rowsOverflow, setRowsOverflow] = useState(false)
  useLayoutEffect(() => {
    const measure = () => {
      const rows = ref.current?.querySelector('.ant-table-tbody')
      if (rows) setRowsOverflow(rows.getBoundingClientRect().height > window.innerHeight - ROWS_OFFSET)
    }
    measure()
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  })
  return { ref, rowsOverflow }
}

const PHONE_SEPARATORS = /[/、,，;；]/

/** Several numbers in one field, one a line: none is cut off. */
function PhoneLines({ phone }: { phone: string }) {
  const numbers = phone
    .split(PHONE_SEPARATORS)
    .map((n) => n.trim())
    .filter(Boolean)
  return numbers.map((number) => <div key={number}>{number}</div>)
}

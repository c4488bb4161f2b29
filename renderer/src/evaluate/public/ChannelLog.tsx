import { App, Button, Popconfirm, Space, Table } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState, type ReactNode } from 'react'
import type { Result } from '@shared/contract'
import { useCall } from '../../api/useCall'

type Said = Promise<Result<{ said: string }>>

/** A delete that asks first and says afterwards what it removed and what it kept. */
function DeleteButton({ what, remove, onDone }: { what: string; remove: () => Said; onDone: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  return (
    <Popconfirm
      title={`删除这条${what}？`}
      okText="删除"
      cancelText="取消"
      okButtonProps={{ danger: true }}
      onConfirm={async () => {
        const done = await call(remove())
        if (done) {
          void message.success(done.said)
          onDone()
        }
      }}
    >
      <Button type="link" size="small" danger>
        删除
      </Button>
    </Popconfirm>
  )
}

/** What a channel's form is handed: the record being edited ({} for a new one, null when closed). */
export interface ChannelFormProps<T> {
  editing: Partial<T> | null
  onClose: () => void
  onSaved: () => void
}

/**
 * One channel's dated log of the round: 新增, the table with 编辑 and 删除 on each row, and the
 * channel's form. A row the log may not show (a hidden 举报) gets neither, only a dash.
 */
export function ChannelLog<T extends { id: string }>(props: {
  list: { data: T[] | undefined; loading: boolean; reload: () => void }
  /** The table's text when the round has no records yet. */
  emptyText: string
  columns: ColumnsType<T>
  /** The record's name in the delete question, e.g. 座谈会记录. */
  what: string
  remove: (row: T) => Said
  hidden?: (row: T) => boolean
  form: (props: ChannelFormProps<T>) => ReactNode
  /** Shown between 新增 and the table. */
  children?: ReactNode
}) {
  const { list, hidden } = props
  const [editing, setEditing] = useState<Partial<T> | null>(null)
  const actions = (r: T) => (
    <Space size={0}>
      <Button type="link" size="small" onClick={() => setEditing(r)}>
        编辑
      </Button>
      <DeleteButton what={props.what} remove={() => props.remove(r)} onDone={list.reload} />
    </Space>
  )
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button type="primary" size="small" onClick={() => setEditing({})}>
        新增
      </Button>
      {props.children}
      <Table<T>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: props.emptyText }}
        columns={[...props.columns, { title: '', key: 'op', width: 110, render: (_, r) => (hidden?.(r) ? '—' : actions(r)) }]}
      />
      {props.form({
        editing,
        onClose: () => setEditing(null),
        onSaved: () => {
          setEditing(null)
          list.reload()
        }
      })}
    </Space>
  )
}

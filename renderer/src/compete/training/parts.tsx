import { Button, Popconfirm, Space } from 'antd'
import type { ReactNode } from 'react'
import { CancelButton, GuardedDrawer, type UnsavedGuard } from '../../components/unsaved'

/*
 * What 人才培养计划 and 四帮四促 screens share: a row's 编辑 and 删除 (which says the record's dated
 * lines go with it), and the drawer with 取消 and 保存 the record is edited in.
 */

/** A row's 编辑, and 删除 asking first: `title` the question, `lines` how many dated `linesWhat` go with the record. */
export function RowActions({ title, lines, linesWhat, onEdit, onDelete }: { title: string; lines: number; linesWhat: string; onEdit: () => void; onDelete: () => void }) {
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={onEdit}>
        编辑
      </Button>
      <Popconfirm
        title={title}
        description={lines ? `它的${lines}条${linesWhat}一并删除，无法恢复。` : '删除后无法恢复。'}
        okText="删除"
        cancelText="取消"
        okButtonProps={{ danger: true }}
        onConfirm={onDelete}
      >
        <Button type="link" size="small" danger>
          删除
        </Button>
      </Popconfirm>
    </Space>
  )
}

/** The drawer a plan or a pair is edited in: 取消 (asking while unsaved) and 保存 at its top. */
export function FormDrawer(props: { open: boolean; guard: UnsavedGuard; onClose: () => void; title: string; saving: boolean; onSave: () => void; children: ReactNode }) {
  return (
    <GuardedDrawer
      open={props.open}
      guard={props.guard}
      onClose={props.onClose}
      size={820}
      destroyOnHidden
      title={props.title}
      extra={
        <Space>
          <CancelButton />
          <Button type="primary" onClick={props.onSave} loading={props.saving}>
            保存
          </Button>
        </Space>
      }
    >
      {props.children}
    </GuardedDrawer>
  )
}

import { App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { NOMINEE_KIND_LABELS, type SelectionTitle } from '@shared/compete/selections/model'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { TitleForm } from './TitleForm'

/** 评选称号: the editable list (技术标兵、五星级员工、党员示范岗、满意窗口、岗位明星、服务标兵 …). */
export function TitlesPage() {
  const call = useCall()
  const { message } = App.useApp()
  const titles = useLoad(() => api.compete.selectionTitles())
  const [editing, setEditing] = useState<Partial<SelectionTitle> | null>(null)

  const remove = async (title: SelectionTitle) => {
    if ((await call(api.compete.selectionTitleDelete({ id: title.id }))) !== undefined) {
      void message.success(`已删除称号“${title.name}”；以往的评选不受影响`)
      titles.reload()
    }
  }

  return (
    <Card
      size="small"
      title="评选称号"
      extra={
        <Button type="primary" size="small" onClick={() => setEditing({})}>
          新增称号
        </Button>
      }
    >
      <Table<SelectionTitle>
        rowKey="id"
        size="small"
        loading={titles.loading}
        pagination={false}
        dataSource={titles.data ?? []}
        locale={{ emptyText: '还没有称号，点“新增称号”添加' }}
        columns={[
          { title: '称号', dataIndex: 'name', width: 120 },
          { title: '评选对象', dataIndex: 'nominee', width: 150, render: (kind: SelectionTitle['nominee'], t) => <Space size={4}>{NOMINEE_KIND_LABELS[kind]}{t.membersOnly && <Tag color="red">仅限党员</Tag>}</Space> },
          { title: '名额', dataIndex: 'quota', width: 70, render: (n: number) => `${n}名` },
          { title: '评选条件', dataIndex: 'criteria' },
          {
            title: '操作',
            key: 'op',
            width: 120,
            render: (_: unknown, t) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(t)}>
                  编辑
                </Button>
                <Popconfirm title={`删除称号“${t.name}”？`} description="已用于评选的称号不能删除。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove(t)}>
                  <Button type="link" size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            )
          }
        ]}
      />
      <TitleForm
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null)
          titles.reload()
        }}
      />
    </Card>
  )
}

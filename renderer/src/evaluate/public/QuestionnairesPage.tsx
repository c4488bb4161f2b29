import { App, Button, Card, Empty, Popconfirm, Space, Table } from 'antd'
import { useState } from 'react'
import type { QuestionnaireView } from '@shared/evaluate/public/contract'
import { OBJECT_KIND_LABELS } from '@shared/evaluate/public/model'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { PrintDialog } from '../../print/PrintDialog'
import { QuestionnaireForm } from './QuestionnaireForm'
import { RoundPicker } from './RoundPicker'
import { useRounds } from './useRounds'

/** 群众评议 · 问卷: the round's questionnaires, one per object reviewed, and printing them blank. */
export function QuestionnairesPage() {
  const call = useCall()
  const { message } = App.useApp()
  const rounds = useRounds()
  const roundId = rounds.round?.id
  const list = useLoad(() => api.evaluate.questionnaires(roundId ? { roundId } : undefined), [roundId])
  const [editing, setEditing] = useState<QuestionnaireView | 'new' | null>(null)
  const [printing, setPrinting] = useState(false)

  const remove = async (q: QuestionnaireView) => {
    const done = await call(api.evaluate.questionnaireDelete({ id: q.id }))
    if (done) {
      void message.success(done.said)
      list.reload()
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <RoundPicker rounds={rounds} />
      <Card
        size="small"
        title="评议问卷"
        extra={
          <Space>
            <Button type="primary" size="small" disabled={!roundId} onClick={() => setEditing('new')}>
              新建问卷
            </Button>
            <Button size="small" disabled={!list.data?.length} onClick={() => setPrinting(true)}>
              打印空白问卷
            </Button>
          </Space>
        }
      >
        {!roundId ? (
          <Empty description="先新建一轮群众评议（如2026年上半年），再为评议对象建立问卷" />
        ) : (
          <Table<QuestionnaireView>
            rowKey="id"
            size="small"
            loading={list.loading}
            pagination={false}
            dataSource={list.data ?? []}
            locale={{ emptyText: '这一轮还没有问卷，点“新建问卷”添加' }}
            columns={[
              { title: '问卷标题', dataIndex: 'title' },
              { title: '评议对象', key: 'object', render: (_, q) => `${OBJECT_KIND_LABELS[q.object.kind]}：${q.object.name}` },
              { title: '评议项目', key: 'dims', width: 90, render: (_, q) => `${q.dimensions.length}项` },
              { title: '已录入', key: 'returned', width: 120, render: (_, q) => `${q.returned}份${q.distributed !== null ? ` / 发放${q.distributed}份` : ''}` },
              {
                title: '操作',
                key: 'op',
                width: 160,
                render: (_, q) => (
                  <Space size={0}>
                    <Button type="link" size="small" onClick={() => setEditing(q)}>
                      编辑
                    </Button>
                    <Popconfirm
                      title={`删除问卷「${q.title}」？`}
                      description={q.returned ? `已录入的${q.returned}份答卷和汇总将一并删除，不能恢复。` : '这份问卷还没有录入答卷。'}
                      okText="删除"
                      cancelText="取消"
                      okButtonProps={{ danger: true }}
                      onConfirm={() => remove(q)}
                    >
                      <Button type="link" size="small" danger>
                        删除
                      </Button>
                    </Popconfirm>
                  </Space>
                )
              }
            ]}
          />
        )}
      </Card>
      <QuestionnaireForm
        roundId={roundId}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null)
          list.reload()
        }}
      />
      {printing && <PrintDialog open document="public-questionnaire" preset={{ year: rounds.round?.year }} onClose={() => setPrinting(false)} />}
    </Space>
  )
}

import { App, Button, Card, Popconfirm, Space, Table, Tabs, Tag } from 'antd'
import { useState } from 'react'
import { PHRASE_CATEGORIES, PHRASE_CATEGORY_LABELS, type PhraseCategory, type TipPhrase } from '@shared/show/model'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { PrintDialog } from '../../print/PrintDialog'
import { PhraseForm } from './PhraseForm'
import { TipAssignments } from './TipAssignments'

/** 温馨提示牌的提示语库: 五好五带头, 励志格言, 廉政警句, 文明服务提示语 — all editable. */
export function PhrasesPage() {
  const call = useCall()
  const { message } = App.useApp()
  const phrases = useLoad(() => api.show.phrases())
  const [category, setCategory] = useState<PhraseCategory>('fiveGoodsFiveLeads')
  const [editing, setEditing] = useState<Partial<TipPhrase> | null>(null)
  const [printing, setPrinting] = useState(false)
  const all = phrases.data ?? []

  const remove = async (phrase: TipPhrase) => {
    if ((await call(api.show.phraseDelete({ id: phrase.id }))) !== undefined) {
      void message.success('提示语已删除')
      phrases.reload()
    }
  }
  const restore = async () => {
    const restored = await call(api.show.phrasesRestoreDefaults())
    if (restored) {
      phrases.setData(restored)
      void message.success('内置提示语已恢复')
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title="提示语库"
        extra={
          <Space data-toolbar="phrases">
            <Button type="primary" size="small" onClick={() => setEditing({ category })}>
              新增提示语
            </Button>
            <Popconfirm
              title="恢复内置提示语？"
              description="被修改或删除的内置提示语将恢复原样，您自己添加的提示语会保留。"
              okText="恢复"
              cancelText="取消"
              onConfirm={restore}
            >
              <Button size="small">恢复默认提示语</Button>
            </Popconfirm>
            <Button size="small" onClick={() => setPrinting(true)}>
              打印温馨提示牌
            </Button>
          </Space>
        }
      >
        <Tabs
          activeKey={category}
          onChange={(key) => setCategory(key as PhraseCategory)}
          items={PHRASE_CATEGORIES.map((c) => ({
            key: c,
            label: `${PHRASE_CATEGORY_LABELS[c]}（${all.filter((p) => p.category === c).length} 条）`,
            children: (
              <Table<TipPhrase>
                rowKey="id"
                size="small"
                loading={phrases.loading}
                pagination={false}
                dataSource={all.filter((p) => p.category === c)}
                locale={{ emptyText: '这一类还没有提示语，点“新增提示语”添加' }}
                columns={[
                  { title: '提示语', dataIndex: 'text' },
                  { title: '出处', dataIndex: 'source', width: 120 },
                  { title: '来源', dataIndex: 'builtIn', width: 70, render: (b: boolean) => (b ? <Tag>内置</Tag> : <Tag color="blue">自编</Tag>) },
                  {
                    title: '操作',
                    key: 'op',
                    width: 120,
                    render: (_: unknown, p) => (
                      <Space size={0}>
                        <Button type="link" size="small" onClick={() => setEditing(p)}>
                          编辑
                        </Button>
                        <Popconfirm title="删除这条提示语？" description="已分配给党员的也会一并取消。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove(p)}>
                          <Button type="link" size="small" danger>
                            删除
                          </Button>
                        </Popconfirm>
                      </Space>
                    )
                  }
                ]}
              />
            )
          }))}
        />
      </Card>
      <TipAssignments phrases={all} />
      <PhraseForm
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null)
          phrases.reload()
        }}
      />
      {printing && <PrintDialog open document="tip-cards" onClose={() => setPrinting(false)} />}
    </Space>
  )
}

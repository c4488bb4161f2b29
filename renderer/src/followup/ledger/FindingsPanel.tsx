import { App, Button, Collapse, Table, Tag, Typography } from 'antd'
import type { FindingView } from '@shared/followup/contract'
import { FINDING_KIND_LABELS } from '@shared/model/finding'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'

interface Props {
  findings: FindingView[]
  onTaken: (itemId: string) => void
}

/** Problems the stages found that are not on the ledger yet: one click puts one there, linked to its source. */
export function FindingsPanel({ findings, onTaken }: Props) {
  const call = useCall()
  const { message } = App.useApp()
  const waiting = findings.filter((f) => !f.rectificationId)
  const take = async (finding: FindingView) => {
    const item = await call(api.followup.rectificationFromFinding({ key: finding.key }))
    if (!item) return
    void message.success(`已列入整改台账，整改时限${item.deadline}，可在事项中修改`)
    onTaken(item.id)
  }
  if (!findings.length) return null
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'findings',
          label: `各阶段发现的问题：${waiting.length} 条待列入台账（共 ${findings.length} 条）`,
          children: (
            <Table<FindingView>
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={findings}
              columns={[
                { title: '来源', dataIndex: 'kind', width: 110, render: (k: FindingView['kind']) => <Tag>{FINDING_KIND_LABELS[k]}</Tag> },
                {
                  title: '问题',
                  dataIndex: 'text',
                  render: (text: string, f) => (
                    <>
                      <div>{f.confidential ? '（举报事项，内容不公开）' : text}</div>
                      <Typography.Text type="secondary">{f.sourceTitle}</Typography.Text>
                    </>
                  )
                },
                { title: '责任人', width: 110, render: (_: unknown, f) => f.owner.name },
                {
                  title: '',
                  width: 120,
                  render: (_: unknown, f) =>
                    f.rectificationId ? (
                      <Typography.Text type="secondary">已列入台账</Typography.Text>
                    ) : (
                      <Button size="small" onClick={() => take(f)}>
                        列入整改台账
                      </Button>
                    )
                }
              ]}
            />
          )
        }
      ]}
    />
  )
}

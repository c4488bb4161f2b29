import { Alert, App, Button, Modal, Space, Table, Typography } from 'antd'
import { useState } from 'react'
import type { ContestView, SheetImportPreview } from '@shared/compete/contests/contract'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'

interface Props {
  contest: ContestView
  roundId: string
  judgeId: string
  keying: 'first' | 'second'
  nameOrder: 'roster' | 'strokes' | 'pinyin'
  /** Unsaved typing would be overwritten by an import: the caller asks first. */
  ask: (go: () => void) => void
  onImported: (view: ContestView) => void
}

/** 下载模板 and 从Excel导入 for the chosen judge's sheet: the file is previewed, and saved only when confirmed and without problems. */
export function SheetImport({ contest, roundId, judgeId, keying, nameOrder, ask, onImported }: Props) {
  const call = useCall()
  const { message } = App.useApp()
  const [preview, setPreview] = useState<SheetImportPreview | null>(null)
  const key = { contestId: contest.id, roundId, judgeId }

  const download = async () => {
    const saved = await call(api.compete.contestSheetTemplate({ ...key, nameOrder }))
    if (saved && !saved.canceled) void message.success(`模板已保存到 ${saved.value.path}`)
  }
  const choose = async () => {
    const read = await call(api.compete.contestSheetImportPreview({ ...key, keying }))
    if (read && !read.canceled) setPreview(read.value)
  }
  const commit = async () => {
    if (!preview) return
    const view = await call(api.compete.contestSheetImportCommit({ previewId: preview.previewId }))
    if (!view) return
    void message.success(`已导入评委${preview.judgeName}的评分表（${preview.changes}格有变化）`)
    setPreview(null)
    onImported(view)
  }
  const bad = preview ? preview.problems.length + preview.rows.filter((r) => r.problems.length).length : 0
  const items = contest.items

  return (
    <>
      <Space>
        <Button onClick={download} disabled={contest.status !== 'draft'}>
          下载Excel模板
        </Button>
        <Button onClick={() => ask(choose)} disabled={contest.status !== 'draft'}>
          从Excel导入…
        </Button>
      </Space>
      <Modal
        open={!!preview}
        width={960}
        title={`导入预览 · ${preview?.fileName ?? ''}`}
        onCancel={() => setPreview(null)}
        footer={
          <Space>
            <Button onClick={() => setPreview(null)}>取消</Button>
            <Button type="primary" disabled={bad > 0} onClick={commit}>
              确认导入
            </Button>
          </Space>
        }
      >
        {preview && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {bad > 0 ? (
              <Alert type="error" showIcon title={`有${bad}处问题，请在Excel中改正后重新导入（不会导入任何成绩）`} description={preview.problems.join('；') || undefined} />
            ) : (
              <Alert type="info" showIcon title={`评委${preview.judgeName}${preview.keying === 'second' ? '（第二次录入）' : ''}：导入后有${preview.changes}格与现有成绩不同；空白格导入为“未评分”`} />
            )}
            <Table
              size="small"
              rowKey="row"
              pagination={false}
              scroll={{ y: 420 }}
              dataSource={preview.rows}
              columns={[
                { key: 'row', title: '行', dataIndex: 'row', width: 56 },
                { key: 'name', title: '姓名', dataIndex: 'name', width: 110 },
                ...items.map((item) => ({ key: item.id, title: item.name, render: (_: unknown, r: SheetImportPreview['rows'][number]) => r.cells[item.id] ?? <Typography.Text type="secondary">空</Typography.Text> })),
                { key: 'problems', title: '问题', render: (_: unknown, r: SheetImportPreview['rows'][number]) => <Typography.Text type="danger">{r.problems.join('；')}</Typography.Text> }
              ]}
            />
          </Space>
        )}
      </Modal>
    </>
  )
}

import { Alert, Modal, Space, Table, Typography } from 'antd'
import { useState, type ReactNode } from 'react'
import type { DataSummary, RestoreCandidate } from '@shared/contract/store'
import { api } from '../api/client'
import { useCall } from '../api/useCall'

/*
 * Every restore asks first, showing what the file holds beside what is there now (the unit, and
 * each stage's counted records as main lists them), so a wrong file or an old one is seen before it
 * replaces anything. 从文件恢复 restores by the token of exactly the file shown.
 */

interface Asking {
  title: string
  source: string
  candidate: RestoreCandidate
  restore: () => Promise<unknown>
}

interface Row {
  key: string
  label: string
  file: ReactNode
  current: ReactNode
}

const counted = (summary: DataSummary, collection: string) => summary.counts.find((c) => c.collection === collection)

function comparisonRows({ candidate }: Asking): Row[] {
  const { file, current } = candidate
  const unknown = '无法读取'
  const rows: Row[] = [
    { key: 'madeAt', label: candidate.madeAtFrom === 'backup' ? '备份时间' : '文件修改时间', file: candidate.madeAt, current: '—' },
    { key: 'unitName', label: '单位名称', file: file.unitName || '（未填写）', current: current ? current.unitName || '（未填写）' : unknown },
    { key: 'year', label: '活动年度', file: `${file.year}年`, current: current ? `${current.year}年` : unknown }
  ]
  for (const c of file.counts) {
    const now = current && counted(current, c.collection)
    // Fewer records in the file than now: what the restore would take away, marked so it is seen.
    const fewer = now !== undefined && now !== null && c.count < now.count
    rows.push({
      key: c.collection,
      label: c.label,
      file: fewer ? <Typography.Text type="warning" strong>{`${c.count} ${c.unit}（少 ${now.count - c.count} ${c.unit}）`}</Typography.Text> : `${c.count} ${c.unit}`,
      current: now ? `${now.count} ${now.unit}` : unknown
    })
  }
  if (candidate.photos > 0) rows.push({ key: 'photos', label: '照片', file: `${candidate.photos} 张`, current: '—' })
  return rows
}

function Comparison({ asking }: { asking: Asking }) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Table<Row>
        className="restore-comparison"
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={comparisonRows(asking)}
        columns={[
          { title: '', dataIndex: 'label', width: 120 },
          { title: asking.source, dataIndex: 'file' },
          { title: '当前数据', dataIndex: 'current' }
        ]}
      />
      {asking.candidate.current ? (
        <Alert type="warning" showIcon title="恢复后，当前数据会被替换。" description="替换前会自动另存一份当前数据（备份列表中类型为“恢复前”），需要时可以从那里恢复回去。" />
      ) : (
        <Alert type="info" showIcon title="当前数据文件无法打开，恢复不会覆盖它：它已原样另存。" />
      )}
    </Space>
  )
}

/** 从文件恢复… and a listed backup's 恢复: each asks with the comparison, then restores and calls `onRestored`. */
export function useRestoreConfirm(onRestored: () => void) {
  const call = useCall()
  const [asking, setAsking] = useState<Asking | null>(null)
  const [busy, setBusy] = useState(false)

  const fromFile = async () => {
    const picked = await call(api.store.inspectFile())
    if (!picked || picked.canceled) return
    const { token, ...candidate } = picked.value
    setAsking({ title: '用所选文件替换当前数据？', source: `所选文件：${candidate.fileName}`, candidate, restore: () => call(api.store.restoreFile({ token })) })
  }
  const fromBackup = async (file: string) => {
    const candidate = await call(api.store.inspectBackup({ file }))
    if (candidate) setAsking({ title: '用这份备份替换当前数据？', source: '这份备份', candidate, restore: () => call(api.store.restoreBackup({ file })) })
  }
  const confirm = async () => {
    if (!asking) return
    setBusy(true)
    const done = await asking.restore()
    setBusy(false)
    // Refused (the file's token went stale, the data changed): main's message says why; the
    // comparison shown is no longer the one to confirm.
    setAsking(null)
    if (done !== undefined) onRestored()
  }

  const modal = asking && (
    <Modal
      open
      width={640}
      title={asking.title}
      okText="恢复"
      cancelText="取消"
      okButtonProps={{ danger: true }}
      confirmLoading={busy}
      onOk={confirm}
      onCancel={() => setAsking(null)}
    >
      <Comparison asking={asking} />
    </Modal>
  )
  return { fromFile, fromBackup, modal }
}

import { App, Button, Card, Descriptions, Space, Table, Tag } from 'antd'
import { api } from '../api/client'
import { useCall, useLoad } from '../api/useCall'
import { useRestoreConfirm } from '../components/RestoreConfirm'

const KIND_LABELS: Record<string, string> = { auto: '自动', beforerestore: '恢复前', beforemigrate: '升级前' }

const formatSize = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`)

/** Where the data lives, and the ways to keep it safe. */
export function DataPanel() {
  const call = useCall()
  const { message } = App.useApp()
  const info = useLoad(() => api.store.info())

  const backupToFile = async () => {
    const outcome = await call(api.store.backupToFile())
    if (outcome && !outcome.canceled) void message.success(`已备份到 ${outcome.value}`)
  }
  // Every screen shows data of the database just replaced: start afresh. The reloaded page says
  // what was restored and where the replaced data went (app/RestoredNotice.tsx).
  const restore = useRestoreConfirm(() => window.location.reload())

  return (
    <Card title="数据与备份" loading={info.loading} style={{ marginTop: 16 }}>
      {info.data && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="数据文件夹">
              <span data-testid="data-dir">{info.data.dataDir}</span>{' '}
              {info.data.portable && <Tag color="blue">便携模式</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="数据库文件">{info.data.dbFile}</Descriptions.Item>
          </Descriptions>
          <Space wrap>
            <Button onClick={backupToFile}>备份到文件…</Button>
            <Button onClick={restore.fromFile}>从文件恢复…</Button>
            <Button onClick={() => call(api.store.openDataDir())}>打开数据文件夹</Button>
          </Space>
          <Table
            size="small"
            rowKey="file"
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={info.data.backups}
            locale={{ emptyText: '暂无自动备份（每天首次启动时自动备份，保留最近30份）' }}
            columns={[
              { title: '备份时间', dataIndex: 'createdAt' },
              { title: '类型', dataIndex: 'kind', render: (kind: string) => KIND_LABELS[kind] ?? kind },
              { title: '大小', dataIndex: 'size', render: formatSize },
              {
                title: '操作',
                render: (_, row) => (
                  <Button size="small" onClick={() => restore.fromBackup(row.file)}>
                    恢复
                  </Button>
                )
              }
            ]}
          />
        </Space>
      )}
      {restore.modal}
    </Card>
  )
}

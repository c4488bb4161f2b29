import { Alert, App, Button, Card, Popconfirm, Space, Typography } from 'antd'
import { useState } from 'react'
import type { StoreStatus } from '@shared/contract/store'
import { api } from '../api/client'
import { useCall } from '../api/useCall'
import { useRestoreConfirm } from '../components/RestoreConfirm'

type Recovery = Extract<StoreStatus, { mode: 'recovery' }>

/** Shown instead of the app when the database file could not be used. Nothing was reset. */
export function RecoveryPage({ status, onRecovered }: { status: Recovery; onRecovered: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const restore = useRestoreConfirm(onRecovered)
  const run = async (action: () => Promise<unknown | undefined>, done: string) => {
    setBusy(true)
    const outcome = await action()
    setBusy(false)
    if (outcome !== undefined) {
      void message.success(done)
      onRecovered()
    }
  }
  const backup = status.newestGoodBackup
  return (
    <div style={{ maxWidth: 720, margin: '64px auto', padding: 24 }}>
      <Card title="数据文件需要恢复">
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Alert type="warning" showIcon title="数据文件无法正常打开" description={status.message} />
          {backup ? (
            <div>
              <Typography.Paragraph>
                找到最近一份完好的自动备份：<Typography.Text strong>{backup.createdAt}</Typography.Text>
              </Typography.Paragraph>
              <Button
                type="primary"
                loading={busy}
                onClick={() => run(() => call(api.store.restoreBackup({ file: backup.file })), '已从备份恢复')}
              >
                从该备份恢复
              </Button>
            </div>
          ) : (
            <Typography.Paragraph type="secondary">没有找到可用的自动备份。</Typography.Paragraph>
          )}
          <Space>
            <Button disabled={busy} onClick={restore.fromFile}>
              从备份文件恢复…
            </Button>
            {status.canStartEmpty && (
              <Popconfirm
                title="新建空白数据库？"
                description={status.keptAs ? '原数据文件已另存，不会被删除。新建后可随时再从备份恢复。' : '新建后可随时再从备份恢复。'}
                okText="新建"
                cancelText="取消"
                onConfirm={() => run(() => call(api.store.startEmpty()), '已新建空白数据库')}
              >
                <Button danger disabled={busy}>
                  新建空白数据库
                </Button>
              </Popconfirm>
            )}
          </Space>
        </Space>
      </Card>
      {restore.modal}
    </div>
  )
}

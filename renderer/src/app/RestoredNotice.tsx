import { Alert } from 'antd'
import { useEffect, useState } from 'react'
import { api } from '../api/client'

/**
 * After a restore the page reloads, which would wipe any message shown before it: main keeps what
 * the restore did, and the first page after it shows that here, until closed. Main hands it out
 * once, so a second mount (React's strict mode runs effects twice) gets nothing and keeps the first.
 */
export function RestoredNotice() {
  const [message, setMessage] = useState<string | null>(null)
  useEffect(() => {
    void api.store.lastRestore().then((result) => {
      if (result.ok && result.value) setMessage(result.value.message)
    })
  }, [])
  if (!message) return null
  return <Alert data-testid="restored-notice" type="success" showIcon closable={{ onClose: () => setMessage(null) }} title="数据已恢复" description={message} style={{ marginBottom: 16 }} />
}

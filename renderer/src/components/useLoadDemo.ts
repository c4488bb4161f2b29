import { App } from 'antd'
import { useState } from 'react'
import { api } from '../api/client'
import { useCall } from '../api/useCall'

/**
 * 载入示例数据, one behaviour wherever the button is: every stage's demo records in one go
 * (`demo:load`), then main's own summary (已载入示例数据：40人，5个班组，37条承诺). Main refuses,
 * with its reason, when the roster is not empty.
 */
export function useLoadDemo(onLoaded: () => void) {
  const call = useCall()
  const { message } = App.useApp()
  const [loading, setLoading] = useState(false)
  const load = async () => {
    setLoading(true)
    const loaded = await call(api.demo.load())
    setLoading(false)
    if (!loaded) return
    void message.success(loaded.message)
    onLoaded()
  }
  return { load, loading }
}

import { App } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import type { Result } from '@shared/contract'
import { errorMessage, unwrap } from './client'

/**
 * Runs an api call and shows its Chinese error message on failure; returns undefined then.
 * Success messages are the caller's choice.
 */
export function useCall() {
  const { message } = App.useApp()
  return useCallback(
    async <T,>(pending: Promise<Result<T>>): Promise<T | undefined> => {
      try {
        return await unwrap(pending)
      } catch (error) {
        void message.error(errorMessage(error))
        return undefined
      }
    },
    [message]
  )
}

/** Loads data once (and again on `reload()`), showing errors the same way. */
export function useLoad<T>(load: () => Promise<Result<T>>, deps: unknown[] = []) {
  const call = useCall()
  const [data, setData] = useState<T | undefined>(undefined)
  const [loading, setLoading] = useState(true)
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let live = true
    setLoading(true)
    void call(load()).then((value) => {
      if (!live) return
      setData(value)
      setLoading(false)
    })
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, ...deps])
  return { data, loading, reload: () => setVersion((v) => v + 1), setData }
}

import { App } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { PrintCheck, PrintJob, PrintRequest } from '@shared/model/print'
import { api } from '../api/client'
import { useCall } from '../api/useCall'
import type { PreviewData } from './PdfPreview'

const POLL_MS = 300
const IDLE: PrintJobState = { request: null, job: null, preview: null, starting: false, pending: null }
const FINISHED = new Set<PrintJob['state']>(['done', 'blocked', 'failed', 'canceled'])

export interface PrintJobState {
  /** The request the current job was made from, to render it again (e.g. allowing missing glyphs). */
  request: PrintRequest | null
  job: PrintJob | null
  preview: PreviewData | null
  starting: boolean
  /** A request checked but not yet rendered: it leaves people out, and the user is asked first. */
  pending: { request: PrintRequest; check: PrintCheck } | null
}

/**
 * One print job at a time. `generate` first asks main what the request would print (print:check):
 * when it leaves people out, they are shown and nothing renders until `confirm`. Render answers
 * at once, then progress is polled until the job ends; a finished job's bytes are fetched for the
 * preview. Leaving the screen cancels a running job.
 */
export function usePrintJob() {
  const call = useCall()
  const { message } = App.useApp()
  const [state, setState] = useState<PrintJobState>(IDLE)
  const running = useRef<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const stopPolling = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
  }

  /** A finished job: its bytes are fetched for the preview when it is done. */
  const settle = useCallback(
    async (job: PrintJob) => {
      setState((s) => ({ ...s, job }))
      if (job.state !== 'done') return
      const preview = await call(api.print.preview({ jobId: job.jobId }))
      if (preview) setState((s) => (s.job?.jobId === job.jobId ? { ...s, preview } : s))
    },
    [call]
  )

  const follow = useCallback(
    (jobId: string) => {
      const poll = async () => {
        const job = await call(api.print.progress({ jobId }))
        if (running.current !== jobId) return
        if (!job) {
          running.current = null
          setState((s) => ({ ...s, job: s.job && { ...s.job, state: 'failed', message: '无法获取生成进度，请重试' } }))
          return
        }
        if (!FINISHED.has(job.state)) {
          setState((s) => ({ ...s, job }))
          timer.current = setTimeout(poll, POLL_MS)
          return
        }
        running.current = null
        await settle(job)
      }
      timer.current = setTimeout(poll, POLL_MS)
    },
    [call, settle]
  )

  const render = useCallback(
    async (request: PrintRequest) => {
      stopPolling()
      if (running.current) void api.print.cancel({ jobId: running.current })
      running.current = null
      setState({ ...IDLE, request, starting: true })
      const job = await call(api.print.render(request))
      setState((s) => ({ ...s, job: job ?? null, starting: false }))
      if (!job) return
      if (FINISHED.has(job.state)) return void settle(job)
      running.current = job.jobId
      follow(job.jobId)
    },
    [call, follow, settle]
  )

  const generate = useCallback(
    async (request: PrintRequest) => {
      stopPolling()
      if (running.current) void api.print.cancel({ jobId: running.current })
      running.current = null
      setState({ ...IDLE, starting: true })
      const check = await call(api.print.check(request))
      if (!check) return setState(IDLE)
      if (check.leftOut.length) return setState({ ...IDLE, pending: { request, check } })
      await render(request)
    },
    [call, render]
  )

  /** Renders the checked request, leaving out those listed. */
  const confirm = useCallback(async () => {
    if (state.pending) await render(state.pending.request)
  }, [render, state.pending])

  /** Back to the form: the checked request is dropped (the options may change before the next one). */
  const dismiss = useCallback(() => setState((s) => (s.pending ? { ...s, pending: null } : s)), [])

  const cancel = useCallback(async () => {
    const jobId = running.current
    if (!jobId) return
    stopPolling()
    running.current = null
    // The job may have finished meanwhile: then it is shown as done.
    const job = await call(api.print.cancel({ jobId }))
    if (job) await settle(job)
  }, [call, settle])

  const save = useCallback(async () => {
    const jobId = state.job?.jobId
    if (!jobId) return
    const outcome = await call(api.print.save({ jobId }))
    if (outcome && !outcome.canceled) void message.success(`已保存到 ${outcome.value}`)
  }, [call, message, state.job?.jobId])

  const open = useCallback(async () => {
    const jobId = state.job?.jobId
    if (!jobId) return
    const opened = await call(api.print.open({ jobId }))
    if (opened !== undefined) void message.info('已用系统程序打开，可在其中打印')
  }, [call, message, state.job?.jobId])

  const reset = useCallback(() => {
    stopPolling()
    if (running.current) void api.print.cancel({ jobId: running.current })
    running.current = null
    setState(IDLE)
  }, [])

  useEffect(
    () => () => {
      stopPolling()
      if (running.current) void api.print.cancel({ jobId: running.current })
    },
    []
  )

  return { ...state, generate, confirm, dismiss, render, cancel, save, open, reset }
}

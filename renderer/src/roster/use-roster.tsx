import { App } from 'antd'
import { useCallback } from 'react'
import { api } from '../api/client'
import { useLoad } from '../api/useCall'
import { NoteList } from './NoteList'

/** People, teams and the 回收站 count, loaded once per screen and again after each change. */
export function useRosterList() {
  return useLoad(() => api.roster.list())
}

/**
 * Tells the user what happened and what else changed because of it: main returns `notes` such as
 * "已取消王喆「综合受理窗口」分管领导的身份", which must not pass unseen.
 */
export function useChangeNotes() {
  const { message, notification } = App.useApp()
  return useCallback(
    (done: string, notes: readonly string[]) => {
      void message.success(done)
      if (notes.length === 0) return
      notification.info({
        title: '请留意',
        description: <NoteList items={notes} />,
        duration: 10
      })
    },
    [message, notification]
  )
}

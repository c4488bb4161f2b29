import { App } from 'antd'
import { useCallback, useRef } from 'react'

export interface DiscardWording {
  title: string
  content: string
  okText: string
  cancelText: string
}

export const CLOSE_WORDING: DiscardWording = {
  title: '有未保存的修改，确定关闭？',
  content: '关闭后，刚才填写的内容不会保存。',
  okText: '放弃修改并关闭',
  cancelText: '继续编辑'
}

export const LEAVE_WORDING: DiscardWording = {
  title: '有未保存的修改，确定离开本页？',
  content: '离开后，本页刚才修改的内容不会保存。',
  okText: '放弃修改并离开',
  cancelText: '留在本页'
}

/**
 * `(go) => …`: runs `go` at once when nothing in `scope` is unsaved, else only once the user chose
 * to discard. Staying is the default (Enter, Esc): losing typed work takes a deliberate click.
 */
export function useConfirmDiscard(scope: { isDirty(): boolean }, wording: DiscardWording = CLOSE_WORDING) {
  const { modal } = App.useApp()
  // Esc pressed again, or a second click outside, while the question is up: one question is enough.
  const asking = useRef(false)
  return useCallback(
    (go: () => void) => {
      if (asking.current) return
      if (!scope.isDirty()) return go()
      asking.current = true
      modal.confirm({
        ...wording,
        okButtonProps: { danger: true },
        autoFocusButton: 'cancel',
        onOk: () => {
          asking.current = false
          go()
        },
        onCancel: () => {
          asking.current = false
        }
      })
    },
    [modal, scope, wording]
  )
}

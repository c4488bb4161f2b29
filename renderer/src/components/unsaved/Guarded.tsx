import { Button, Drawer, Modal, type ButtonProps, type DrawerProps, type ModalProps } from 'antd'
import { createContext, useCallback, useContext, useEffect, type ReactNode } from 'react'
import { useConfirmDiscard } from './confirm-discard'
import { UnsavedContext, useChildScope } from './scope'
import type { UnsavedGuard } from './useUnsavedGuard'

/*
 * The app's drawers and modals with forms. Every way of closing one without saving (Esc, a click
 * on the mask, the close icon, 取消) asks first while a form inside differs from what was loaded.
 * Closing after a successful save is the caller's own onClose, which asks nothing.
 */

/** The guarded close of the nearest GuardedDrawer / GuardedModal, for a 取消 button inside it. */
const CloseContext = createContext<(() => void) | null>(null)

interface GuardProps {
  /**
   * The guard of a form whose component renders this container (so the form's own guard sits
   * above it); forms further inside join the container on their own.
   */
  guard?: UnsavedGuard
  children?: ReactNode
}

function useGuardedClose(open: boolean | undefined, guard: UnsavedGuard | undefined, onClose: () => void) {
  const scope = useChildScope(() => open !== false)
  useEffect(() => (guard ? scope.add(guard.isDirty) : undefined), [scope, guard])
  const confirm = useConfirmDiscard(scope)
  const close = useCallback(() => confirm(onClose), [confirm, onClose])
  return { scope, close }
}

export function GuardedDrawer({ guard, onClose, children, ...props }: Omit<DrawerProps, 'onClose'> & GuardProps & { onClose: () => void }) {
  const { scope, close } = useGuardedClose(props.open, guard, onClose)
  return (
    <UnsavedContext.Provider value={scope}>
      <CloseContext.Provider value={close}>
        <Drawer {...props} onClose={close}>
          {children}
        </Drawer>
      </CloseContext.Provider>
    </UnsavedContext.Provider>
  )
}

/** antd's Modal; its own 取消 button and close icon go through onCancel, so they ask too. */
export function GuardedModal({ guard, onCancel, children, ...props }: Omit<ModalProps, 'onCancel'> & GuardProps & { onCancel: () => void }) {
  const { scope, close } = useGuardedClose(props.open, guard, onCancel)
  return (
    <UnsavedContext.Provider value={scope}>
      <CloseContext.Provider value={close}>
        <Modal {...props} onCancel={close}>
          {children}
        </Modal>
      </CloseContext.Provider>
    </UnsavedContext.Provider>
  )
}

/** 取消 in a guarded drawer's footer or extra: closes the way Esc does, asking first when something is unsaved. */
export function CancelButton({ children = '取消', ...props }: Omit<ButtonProps, 'onClick'>) {
  const close = useContext(CloseContext)
  if (!close) throw new Error('CancelButton outside a GuardedDrawer or GuardedModal')
  return (
    <Button {...props} onClick={close}>
      {children}
    </Button>
  )
}

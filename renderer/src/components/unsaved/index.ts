export { CancelButton, GuardedDrawer, GuardedModal } from './Guarded'
export { LEAVE_WORDING, useConfirmDiscard } from './confirm-discard'
export { UnsavedContext, UnsavedScope } from './scope'
export { useUnsavedGuard, useUnsavedValue, type UnsavedGuard } from './useUnsavedGuard'

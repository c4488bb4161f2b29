import type { FormInstance } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { sameValues } from './same-values'
import { useUnsavedScope } from './scope'

/** One form's unsaved work: whether it differs from what was loaded, and how to say "this is saved now". */
export interface UnsavedGuard {
  isDirty(): boolean
  /**
   * After a save that keeps the form open: what it holds now is what is saved (with `patch`, only
   * those fields, e.g. a photo saved on its own while the rest of the form is still being typed).
   */
  accept(patch?: Record<string, unknown>): void
}

interface Options {
  /** false while the form is not in use (its drawer is closed): it then has nothing unsaved. */
  active?: boolean
}

/**
 * An antd form's guard: unsaved while `form`'s values differ from `loaded`, what was put into it
 * (undefined: nothing loaded yet, so nothing to lose). A new `loaded` (another record, the data
 * reloaded) becomes the comparison. The guard joins the nearest scope, so the drawer, the modal or
 * the page around the form asks before closing it.
 */
export function useUnsavedGuard(form: FormInstance, loaded: object | undefined, options: Options = {}): UnsavedGuard {
  return useDirtyCheck(() => form.getFieldsValue(true), loaded, options.active ?? true)
}

/** The same for a form kept in React state rather than an antd form (评诺's grades and comment). */
export function useUnsavedValue<T>(value: T, loaded: T | undefined, options: Options = {}): UnsavedGuard {
  const latest = useRef(value)
  latest.current = value
  return useDirtyCheck(() => latest.current, loaded, options.active ?? true)
}

function useDirtyCheck(read: () => unknown, loaded: unknown, active: boolean): UnsavedGuard {
  const [state] = useState(() => ({ read, active, loaded, baseline: loaded }))
  state.read = read
  state.active = active
  // By value, not identity: a caller may build `loaded` afresh on every render.
  if (!sameValues(loaded, state.loaded)) {
    state.loaded = loaded
    state.baseline = loaded
  }
  const [guard] = useState<UnsavedGuard>(() => ({
    isDirty: () => state.active && state.baseline !== undefined && !sameValues(state.read(), state.baseline),
    accept: (patch) => {
      state.baseline = patch ? { ...(state.baseline as object), ...patch } : state.read()
    }
  }))
  const scope = useUnsavedScope()
  useEffect(() => scope?.add(guard.isDirty), [scope, guard])
  return guard
}

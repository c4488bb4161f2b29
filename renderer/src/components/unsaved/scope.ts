import { createContext, useContext, useEffect, useState } from 'react'

/*
 * Where unsaved work is looked for. A drawer or modal (GuardedDrawer, GuardedModal) and the page
 * (the shell, around each page) each have a scope; a form's guard joins the nearest one, and a
 * scope counts for the scopes around it, so the page knows about the form in an open drawer too.
 */

export type DirtyCheck = () => boolean

export class UnsavedScope {
  private readonly checks = new Set<DirtyCheck>()

  /** Adds a check; returns its removal (an effect's clean-up). */
  add(check: DirtyCheck): () => void {
    this.checks.add(check)
    return () => void this.checks.delete(check)
  }

  isDirty(): boolean {
    for (const check of this.checks) if (check()) return true
    return false
  }
}

export const UnsavedContext = createContext<UnsavedScope | null>(null)

/** The nearest scope, if any (a form outside every guarded container and page has none). */
export const useUnsavedScope = () => useContext(UnsavedContext)

/**
 * A scope inside the nearest one. `counts()` says whether it counts for the scope around it: a
 * drawer that is closed no longer does, even while its contents are still on screen closing.
 */
export function useChildScope(counts: () => boolean = () => true): UnsavedScope {
  const parent = useUnsavedScope()
  const [scope] = useState(() => new UnsavedScope())
  const [state] = useState({ counts })
  state.counts = counts
  useEffect(() => parent?.add(() => state.counts() && scope.isDirty()), [parent, scope, state])
  return scope
}

import type { ReactNode } from 'react'
import type { StageId } from '@shared/stages'

/*
 * What a screen folder gives the side menu. Types only: stage folders and app/ both import it, and
 * it imports nothing of the renderer's own.
 */

/** One menu entry and the screen it shows. */
export interface RouteEntry {
  path: string
  label: string
  render: () => ReactNode
}

/** One titled group of the side menu. */
export interface RouteGroup {
  key: string
  label: string
  routes: RouteEntry[]
}

/**
 * A stage's screens as one module (renderer/src/<stage>/stage.tsx): its menu group's title and
 * its entries, in menu order. The group's key is the stage's id from shared/stages.ts.
 */
export interface StageScreens<S extends StageId = StageId> {
  stage: S
  label: string
  routes: RouteEntry[]
}

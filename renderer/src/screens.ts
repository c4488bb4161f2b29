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
  /** Workbooks the print centre offers beside the PDFs (年终评优工作簿): a panel that asks and exports through a save dialog. */
  workbooks?: WorkbookEntry[]
}

/** One workbook in the print centre: listed under `group` with the documents, its own panel when chosen. */
export interface WorkbookEntry {
  id: string
  group: string
  title: string
  description: string
  render: () => ReactNode
}

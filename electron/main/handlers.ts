import type { StageId } from '@shared/stages'
import { demoHandlers } from './demo'
import { homeHandlers } from './home/handlers'
import { channelHandlers, type Handlers, type PartHandlers } from './ipc/dispatch'
import { PrintEngine } from './print/engine'
import { printHandlers } from './print/handlers'
import type { Services } from './services'
import { syncFallbackFont } from './settings/fallback-font-file'
import { settingsHandlers } from './settings/handlers'
import { acrossStages, stageList } from './stages'
import { storeHandlers } from './store/handlers'

export interface HandlerOptions {
  /** The print worker's engine (tests pass their own to wait on jobs). */
  engine?: PrintEngine
  /** Where copies for the system PDF viewer go (a test's own folder). */
  viewerDir?: string
}

/** Every channel's handler: the database, 单位信息, the demo, printing, then each stage's own. The same object serves Electron, the CLI and the tests. */
export function createHandlers(services: Services, options: HandlerOptions = {}): Handlers {
  // Names are flagged and documents printed with the fallback font the data folder has.
  syncFallbackFont(services.host.paths)
  const stages = Object.fromEntries(stageList().map((stage) => [stage.id, stage.handlers(services, acrossStages)])) as { [P in StageId]: PartHandlers<P> }
  return channelHandlers({
    store: storeHandlers(services),
    settings: settingsHandlers(services),
    demo: demoHandlers(services),
    home: homeHandlers(services),
    print: printHandlers(services, stageList().flatMap((stage) => stage.documents ?? []), acrossStages, options.engine ?? new PrintEngine(), options.viewerDir),
    ...stages
  })
}

import type { Handlers } from './ipc/dispatch'
import type { Services } from './services'
import { rosterHandlers } from './roster/handlers'
import { settingsHandlers } from './settings/handlers'
import { showHandlers } from './show/handlers'
import { storeHandlers } from './store/handlers'

/** Every channel's handler, by stage. The same object serves Electron, the CLI and the tests. */
export function createHandlers(services: Services): Handlers {
  return {
    ...storeHandlers(services),
    ...settingsHandlers(services),
    ...rosterHandlers(services),
    ...showHandlers(services)
  }
}

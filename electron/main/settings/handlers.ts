import { version } from '../../../package.json'
import type { Services } from '../services'
import type { Handlers } from '../ipc/dispatch'
import { fontLicences } from '../print/fonts'

type SettingsHandlers = Pick<Handlers, 'settings:get' | 'settings:save' | 'settings:about'>

export function settingsHandlers({ host }: Services): SettingsHandlers {
  return {
    'settings:get': () => host.data().settings,
    'settings:save': async (settings) => {
      const saved = await host.store().update((db) => ({ ...db, settings }))
      return saved.settings
    },
    'settings:about': () => ({ version, fonts: fontLicences() })
  }
}

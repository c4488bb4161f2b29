import { version } from '../../../package.json'
import type { Services } from '../services'
import type { PartHandlers } from '../ipc/dispatch'
import { fontLicences } from '../print/fonts'

type SettingsHandlers = PartHandlers<'settings'>

export function settingsHandlers({ host }: Services): SettingsHandlers {
  return {
    get: () => host.data().settings,
    save: async (settings) => {
      const saved = await host.store().update((db) => ({ ...db, settings }))
      return saved.settings
    },
    about: () => ({ version, fonts: fontLicences() })
  }
}

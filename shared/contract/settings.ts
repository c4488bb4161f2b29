import { channel, noInput } from './define'
import { storedSettingsSchema, unitSettingsSchema } from '../model/settings'

/** 单位信息: used on every printed document's header and 落款. */
export const settingsContract = {
  'settings:get': channel(noInput, storedSettingsSchema),
  'settings:save': channel(unitSettingsSchema, storedSettingsSchema)
}

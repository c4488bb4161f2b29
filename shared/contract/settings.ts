import { z } from 'zod'
import { channel, noInput } from './define'
import { storedSettingsSchema, unitSettingsSchema } from '../model/settings'

/** 单位信息: used on every printed document's header and 落款. */
export const settingsContract = {
  'settings:get': channel(noInput, storedSettingsSchema),
  'settings:save': channel(unitSettingsSchema, storedSettingsSchema),
  /** 关于: the version, and the print fonts with their licences (the OFL asks that it travel with them). */
  'settings:about': channel(
    noInput,
    z.object({ version: z.string(), fonts: z.array(z.object({ name: z.string(), licence: z.string() })) })
  )
}

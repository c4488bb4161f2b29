import { z } from 'zod'
import { canceledOr, channel, noInput } from './define'

const backupEntry = z.object({ file: z.string(), createdAt: z.string(), size: z.number(), kind: z.string() })

const storeStatus = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('ready') }),
  z.object({
    mode: z.literal('recovery'),
    message: z.string(),
    keptAs: z.string().nullable(),
    newestGoodBackup: backupEntry.nullable(),
    /** A new empty database would overwrite nothing unkept (the bad file was copied aside, or there is none). */
    canStartEmpty: z.boolean()
  })
])
export type StoreStatus = z.infer<typeof storeStatus>

/** The database itself: where it lives, backups, restore, and the recovery screen. */
export const storeContract = {
  'store:status': channel(noInput, storeStatus),
  'store:info': channel(
    noInput,
    z.object({
      dataDir: z.string(),
      dbFile: z.string(),
      portable: z.boolean(),
      backups: z.array(backupEntry)
    })
  ),
  'store:backupToFile': channel(noInput, canceledOr(z.string())),
  'store:restoreFromFile': channel(noInput, canceledOr(z.string())),
  'store:restoreBackup': channel(z.object({ file: z.string().min(1).max(200) }), z.string()),
  'store:startEmpty': channel(noInput, z.null()),
  'store:openDataDir': channel(noInput, z.null())
}

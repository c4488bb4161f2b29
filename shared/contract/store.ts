import { z } from 'zod'
import { canceledOr, command, noInput, query } from './define'
import type { ContractPart } from './define'

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
  status: query('数据库状态：正常，或需要恢复（附原因和最近一份完好的备份）', noInput, storeStatus),
  info: query(
    '数据文件夹、数据文件、是否便携模式，以及自动备份列表',
    noInput,
    z.object({
      dataDir: z.string(),
      dbFile: z.string(),
      portable: z.boolean(),
      backups: z.array(backupEntry)
    })
  ),
  backupToFile: query('把数据连同照片备份到一个文件（选择保存位置）', noInput, canceledOr(z.string()), { dialog: 'save' }),
  restoreFromFile: command('用备份文件替换当前数据（选择文件；先检查，并另存当前数据）', noInput, canceledOr(z.string()), { dialog: 'open' }),
  restoreBackup: command('从某一份自动备份恢复（先另存当前数据）', z.object({ file: z.string().min(1).max(200) }), z.string()),
  startEmpty: command('恢复页面：不恢复，新建空白数据库（只在不会覆盖未保存数据时可用）', noInput, z.null()),
  openDataDir: query('用系统文件管理器打开数据文件夹', noInput, z.null())
} satisfies ContractPart

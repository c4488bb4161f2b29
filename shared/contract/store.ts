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

/** What a database holds, in the terms a restore's confirmation compares: the unit, and each stage's counted collections. */
const dataSummary = z.object({
  unitName: z.string(),
  year: z.number(),
  /** In stage order (shared/stages.ts: each stage's `counts`); records in the recycle bin are not counted. */
  counts: z.array(z.object({ collection: z.string(), label: z.string(), unit: z.string(), count: z.number() }))
})
export type DataSummary = z.infer<typeof dataSummary>

/** A file checked for restoring, beside what is there now. */
const restoreCandidate = z.object({
  fileName: z.string(),
  /** Local time, YYYY-MM-DD HH:mm:ss: when the backup was made, or (an older file that does not say) when the file was last changed. */
  madeAt: z.string(),
  madeAtFrom: z.enum(['backup', 'modified']),
  /** Photos the file carries (a self-contained backup); a plain database file carries none. */
  photos: z.number(),
  file: dataSummary,
  /** null: the current database cannot be read (the recovery screen). */
  current: dataSummary.nullable()
})
export type RestoreCandidate = z.infer<typeof restoreCandidate>

const restoreOutcome = z.object({
  /** The Chinese sentence to show: what was restored, and where the data it replaced was kept. */
  message: z.string(),
  restored: dataSummary,
  /** The copy of the data before the restore (a 恢复前 backup, or the damaged file kept aside); null when there was nothing to keep. */
  keptAs: z.string().nullable()
})
export type RestoreOutcome = z.infer<typeof restoreOutcome>

const backupFileName = z.string().min(1).max(200)

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
  inspectFile: query(
    '从文件恢复第一步：选择备份文件并检查，答复文件中有什么、当前数据有什么，以及确认恢复用的凭据（不改动任何数据）',
    noInput,
    canceledOr(restoreCandidate.extend({ token: z.string() })),
    { dialog: 'open' }
  ),
  restoreFile: command(
    '从文件恢复第二步：用户确认后，用 inspectFile 检查过的文件替换当前数据（先另存当前数据）；凭据失效或数据已改动时拒绝',
    z.object({ token: z.string().min(1).max(100) }),
    restoreOutcome
  ),
  inspectBackup: query('某一份自动备份中有什么、当前数据有什么（恢复前的确认用）', z.object({ file: backupFileName }), restoreCandidate),
  restoreBackup: command('从某一份自动备份恢复（先另存当前数据）', z.object({ file: backupFileName }), z.string()),
  lastRestore: query('上一次恢复的结果（恢复后重新载入的页面显示一次，之后清除）', noInput, restoreOutcome.nullable()),
  startEmpty: command('恢复页面：不恢复，新建空白数据库（只在不会覆盖未保存数据时可用）', noInput, z.null()),
  openDataDir: query('用系统文件管理器打开数据文件夹', noInput, z.null())
} satisfies ContractPart

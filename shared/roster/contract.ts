import { z } from 'zod'
import { canceledOr, command, noInput, query, type ContractPart } from '../contract/define'
import { personInputSchema, personSchema, photoNameSchema, teamInputSchema, teamSchema } from './model'

/*
 * 花名册: people, teams, the 回收站, photos, Excel import/export and the demo unit.
 * Everything the table needs to search and flag is computed in main and sent with each row.
 */

/** A person as the table and the form show it. */
export const personRowSchema = personSchema.extend({
  /** Pinyin initials of the name, lower case (`张三丰` → `zsf`), for quick filtering. */
  initials: z.string(),
  /** Full pinyin without tones or spaces (`zhangsanfeng`). */
  pinyin: z.string(),
  /** Characters of the name the print fonts lack (`𠮷`): they would print as a box. */
  missingGlyphs: z.array(z.string()),
  teamName: z.string().nullable()
})
export type PersonRow = z.infer<typeof personRowSchema>

export const teamRowSchema = teamSchema.extend({
  leaderName: z.string().nullable(),
  /** People in the team who are not in the 回收站. */
  memberCount: z.number().int()
})
export type TeamRow = z.infer<typeof teamRowSchema>

const idInput = z.object({ id: z.string().min(1).max(100) })
const recycleTarget = z.object({ kind: z.enum(['person', 'team']), id: z.string().min(1).max(100) })

/** What was changed besides the item itself, told to the user ("已取消其「综合窗口」分管领导身份"). */
const changeNotes = z.object({ notes: z.array(z.string()) })

/** What a change did, in one sentence ("已把3人移到「运维检修班」"), and what else changed or stayed. */
const toldSchema = z.object({ said: z.string(), notes: z.array(z.string()) })
export type Told = z.infer<typeof toldSchema>

const movePeopleInput = z.object({
  ids: z.array(z.string().min(1).max(100)).min(1, '请先选择人员').max(10_000),
  /** null: out of any team (未分班组). */
  teamId: z.string().min(1).max(100).nullable()
})
const mergeTeamInput = z.object({ fromId: z.string().min(1).max(100), intoId: z.string().min(1).max(100) })

export const IMPORT_ACTIONS = ['new', 'update', 'skip'] as const
export type ImportAction = (typeof IMPORT_ACTIONS)[number]
export const IMPORT_ACTION_LABELS: Record<ImportAction, string> = { new: '新增', update: '更新', skip: '跳过' }

/** One data row of the file, as it would be imported. `row` is the row number Excel shows. */
export const importRowSchema = z.object({
  row: z.number().int(),
  name: z.string(),
  /** Characters of the name that no print font has (the bundled fonts and the fallback font). */
  missingGlyphs: z.array(z.string()),
  /** The proposed action; the user may pick another of `choices`. */
  action: z.enum(IMPORT_ACTIONS),
  choices: z.array(z.enum(IMPORT_ACTIONS)),
  /** The person already on the roster this row matches. */
  match: z.object({ id: z.string(), name: z.string(), by: z.enum(['idNumber', 'nameBirth']) }).nullable(),
  /** Each message names the column: "出生年月:无法识别“九零年”". Rows with errors can only be skipped. */
  errors: z.array(z.string()),
  warnings: z.array(z.string()),
  /** The values read, for the preview table (team by name: it may be a new team). */
  values: z.object({
    gender: z.string(),
    birth: z.string(),
    politicalStatus: z.string(),
    teamName: z.string(),
    post: z.string(),
    phone: z.string(),
    idNumber: z.string()
  })
})
export type ImportRow = z.infer<typeof importRowSchema>

/**
 * A team the file names that is not on the roster but close to one that is (运维班 / 运维检修班).
 * It is created unless the user maps it onto one of `similar` in the preview: never silently.
 */
export const importTeamHintSchema = z.object({
  name: z.string(),
  /** Rows to be imported into it. */
  people: z.number().int(),
  similar: z.array(z.object({ id: z.string(), name: z.string() }))
})
export type ImportTeamHint = z.infer<typeof importTeamHintSchema>

export const importPreviewSchema = z.object({
  /** Kept in main until the commit; the commit refers to it by this id. */
  id: z.string(),
  fileName: z.string(),
  sheetName: z.string(),
  /** The header's rows, e.g. [3, 4] for a two-row header under a title. */
  headerRows: z.array(z.number().int()),
  columns: z.array(z.object({ column: z.string(), header: z.string(), field: z.string().nullable(), label: z.string().nullable() })),
  /** File-level remarks: columns not recognised, teams that will be created, and the like. */
  notices: z.array(z.string()),
  /** 相近班组, each with the choice to map it onto an existing team. */
  teamHints: z.array(importTeamHintSchema),
  rows: z.array(importRowSchema),
  summary: z.object({ rows: z.number().int(), new: z.number().int(), update: z.number().int(), skip: z.number().int(), errors: z.number().int() })
})
export type ImportPreview = z.infer<typeof importPreviewSchema>

export const importCommitSchema = z.object({
  id: z.string().min(1).max(100),
  /** Rows whose action differs from the proposal; rows not listed keep the proposed action. */
  choices: z.array(z.object({ row: z.number().int().min(1), action: z.enum(IMPORT_ACTIONS) })).max(100_000).default([]),
  /** 相近班组 the user maps onto an existing team (one of the hint's `similar`); the others are created. */
  teams: z.array(z.object({ name: z.string().min(1).max(30), into: z.string().min(1).max(100) })).max(1000).default([])
})

export const importResultSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  teamsCreated: z.array(z.string()),
  /** Team names of the file put into an existing team, as the user chose. */
  teamsMapped: z.array(z.object({ name: z.string(), into: z.string() }))
})
export type ImportResult = z.infer<typeof importResultSchema>

export const rosterContract = {
  list: query('花名册：全部人员（含拼音、缺字标记、班组名）、班组和回收站数量', noInput, z.object({ people: z.array(personRowSchema), teams: z.array(teamRowSchema), recycled: z.number().int() })),
  getPerson: query('一个人员的全部信息', idInput, personRowSchema),
  savePerson: command('新增或修改人员', personInputSchema, personRowSchema),
  /** Moves to the 回收站. A team leader loses the leader link (told in `notes`). */
  deletePerson: command('把人员移到回收站', idInput, changeNotes),
  saveTeam: command('新增或修改班组', teamInputSchema, teamRowSchema),
  /** Refused while people are in the team. */
  deleteTeam: command('把班组移到回收站（班组中还有人员时拒绝）', idInput, changeNotes),
  /** All or nothing: a person no longer on the roster refuses the whole move. */
  movePeople: command('把选中的多名人员一起移到另一个班组或移出班组（全部成功或全部不改）', movePeopleInput, toldSchema),
  /** What `mergeTeam` would do, for the confirmation: the same sentences, nothing written. */
  mergeTeamPreview: query('合并班组前：说明将转移哪些人员和记录（不写入数据）', mergeTeamInput, toldSchema),
  /** People, leader link and every later stage's records of `fromId` go to `intoId`; `fromId` goes to the 回收站. */
  mergeTeam: command('把一个班组并入另一个：人员及各阶段的班组记录一并转移，原班组移到回收站', mergeTeamInput, toldSchema),
  reorderTeams: command('调整班组顺序', z.object({ ids: z.array(z.string().min(1).max(100)).max(1000) }), z.array(teamRowSchema)),
  recycleBin: query('回收站中的人员和班组', noInput, z.object({ people: z.array(personRowSchema), teams: z.array(teamRowSchema) })),
  restore: command('从回收站还原人员或班组', recycleTarget, changeNotes),
  /** Deletes for good, from the 回收站 only. */
  purge: command('从回收站彻底删除（仍被引用时拒绝）', recycleTarget, changeNotes),

  /** Whether the print fonts can draw a text (a name as it is typed). */
  glyphCheck: query('检查一段文字（如姓名）能否用打印字体印出', z.object({ text: z.string().max(1000) }), z.object({ missing: z.array(z.string()), warning: z.string().nullable() })),

  /** Opens the file dialog, checks and stores a resized copy; the form then saves `photo` with the person. */
  pickPhoto: command('选择照片文件，检查并缩小后保存，供表单使用', noInput, canceledOr(z.object({ photo: z.string(), dataUrl: z.string() })), { dialog: 'open' }),
  /** The same for a person already saved: the photo is set at once. */
  setPhoto: command('为已保存的人员选择并设置照片', idInput, canceledOr(personRowSchema), { dialog: 'open' }),
  removePhoto: command('去掉人员照片（文件保留）', idInput, personRowSchema),
  /** A stored photo as `data:image/jpeg;base64,...` for <img>. */
  photo: query('读取一张已保存的照片（data URL）', z.object({ photo: photoNameSchema }), z.string()),

  template: query('保存花名册导入模板（Excel）', noInput, canceledOr(z.string()), { dialog: 'save' }),
  importPreview: query('选择花名册 Excel 文件并生成导入预览（不写入数据）', noInput, canceledOr(importPreviewSchema), { dialog: 'open' }),
  importCommit: command('按预览导入花名册（全部成功或全部不写）', importCommitSchema, importResultSchema),
  importCancel: command('放弃一次导入预览', z.object({ id: z.string().min(1).max(100) }), z.null()),
  export: query('把花名册导出为 Excel 文件', noInput, canceledOr(z.string()), { dialog: 'save' })
} satisfies ContractPart

import { z } from 'zod'
import { canceledOr, channel, noInput } from './define'
import { personInputSchema, personSchema, photoNameSchema, teamInputSchema, teamSchema } from '../model/roster'

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

export const IMPORT_ACTIONS = ['new', 'update', 'skip'] as const
export type ImportAction = (typeof IMPORT_ACTIONS)[number]
export const IMPORT_ACTION_LABELS: Record<ImportAction, string> = { new: '新增', update: '更新', skip: '跳过' }

/** One data row of the file, as it would be imported. `row` is the row number Excel shows. */
export const importRowSchema = z.object({
  row: z.number().int(),
  name: z.string(),
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
  rows: z.array(importRowSchema),
  summary: z.object({ rows: z.number().int(), new: z.number().int(), update: z.number().int(), skip: z.number().int(), errors: z.number().int() })
})
export type ImportPreview = z.infer<typeof importPreviewSchema>

export const importCommitSchema = z.object({
  id: z.string().min(1).max(100),
  /** Rows whose action differs from the proposal; rows not listed keep the proposed action. */
  choices: z.array(z.object({ row: z.number().int().min(1), action: z.enum(IMPORT_ACTIONS) })).max(100_000).default([])
})

export const importResultSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  teamsCreated: z.array(z.string())
})
export type ImportResult = z.infer<typeof importResultSchema>

export const rosterContract = {
  'roster:list': channel(noInput, z.object({ people: z.array(personRowSchema), teams: z.array(teamRowSchema), recycled: z.number().int() })),
  'roster:getPerson': channel(idInput, personRowSchema),
  'roster:savePerson': channel(personInputSchema, personRowSchema),
  /** Moves to the 回收站. A team leader loses the leader link (told in `notes`). */
  'roster:deletePerson': channel(idInput, changeNotes),
  'roster:saveTeam': channel(teamInputSchema, teamRowSchema),
  /** Refused while people are in the team. */
  'roster:deleteTeam': channel(idInput, changeNotes),
  'roster:reorderTeams': channel(z.object({ ids: z.array(z.string().min(1).max(100)).max(1000) }), z.array(teamRowSchema)),
  'roster:recycleBin': channel(noInput, z.object({ people: z.array(personRowSchema), teams: z.array(teamRowSchema) })),
  'roster:restore': channel(recycleTarget, changeNotes),
  /** Deletes for good, from the 回收站 only. */
  'roster:purge': channel(recycleTarget, changeNotes),

  /** Whether the print fonts can draw a text (a name as it is typed). */
  'roster:glyphCheck': channel(z.object({ text: z.string().max(1000) }), z.object({ missing: z.array(z.string()), warning: z.string().nullable() })),

  /** Opens the file dialog, checks and stores a resized copy; the form then saves `photo` with the person. */
  'roster:pickPhoto': channel(noInput, canceledOr(z.object({ photo: z.string(), dataUrl: z.string() }))),
  /** The same for a person already saved: the photo is set at once. */
  'roster:setPhoto': channel(idInput, canceledOr(personRowSchema)),
  'roster:removePhoto': channel(idInput, personRowSchema),
  /** A stored photo as `data:image/jpeg;base64,...` for <img>. */
  'roster:photo': channel(z.object({ photo: photoNameSchema }), z.string()),

  /** Fills an empty roster with the demo unit. */
  'roster:loadDemo': channel(noInput, z.object({ people: z.number().int(), teams: z.number().int() })),

  'roster:template': channel(noInput, canceledOr(z.string())),
  'roster:importPreview': channel(noInput, canceledOr(importPreviewSchema)),
  'roster:importCommit': channel(importCommitSchema, importResultSchema),
  'roster:importCancel': channel(z.object({ id: z.string().min(1).max(100) }), z.null()),
  'roster:export': channel(noInput, canceledOr(z.string()))
}

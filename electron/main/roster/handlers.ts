import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { conflict, invalid } from '@shared/errors'
import type { Database } from '@shared/model/database'
import type { PartHandlers } from '../ipc/dispatch'
import type { Services } from '../services'
import type { AcrossStages } from '../stage'
import type { Store } from '../store/store'
import { missingGlyphs, missingGlyphWarning } from '../print/coverage'
import { importPhoto, photoDataUrl, photoExists, removePhotoFile } from '../photo/photo-files'
import { PortraitThread } from '../photo/portrait-thread'
import { sharedExcelThread } from '../excel/excel-thread'
import { readWorkbookBytes } from '../excel/open-workbook'
import { writeFileDurably } from '../store/durable-file'
import { ImportSessions } from './import-sessions'
import { deletePerson, findActivePerson, purgePerson, restorePerson, savePerson, type Stamp } from './people'
import { activePeople, activeTeams, personRow, teamRow } from './rows'
import { mergeTeams, mergeTold, movePeople } from './team-moves'
import { deleteTeam, purgeTeam, reorderTeams, restoreTeam, saveTeam } from './teams'

type RosterHandlers = PartHandlers<'roster'>

const PHOTO_FILTER = [{ name: '照片（JPEG、PNG）', extensions: ['jpg', 'jpeg', 'png'] }]
const XLSX_FILTER = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }]

export function rosterHandlers({ host, dialogs, now }: Services, stages: AcrossStages): RosterHandlers {
  const stamp = (): Stamp => ({ now: now().toISOString(), newId: randomUUID })
  const photosDir = () => host.paths.photos
  const imports = new ImportSessions()
  // Decoding a phone photo takes a second or more: never on the thread that answers the window.
  const portraits = new PortraitThread()
  // Workbooks are read and written in the Excel worker, for the same reason and against hostile files.
  const excel = sharedExcelThread()

  /** A pure change in one durable write, with what it handed back besides the database. */
  const change: Store['change'] = (apply) => host.store().change(apply)

  const pickPhoto = async (): Promise<string | null> => {
    host.store()
    const path = await dialogs.openFile({ title: '选择照片', filters: PHOTO_FILTER })
    return path ? importPhoto(photosDir(), path, (bytes) => portraits.make(bytes)) : null
  }

  return {
    list: () => {
      const db = host.data()
      return {
        people: activePeople(db).map((p) => personRow(db, p)),
        teams: activeTeams(db).map((t) => teamRow(db, t)),
        recycled: db.people.filter((p) => p.deletedAt).length + db.teams.filter((t) => t.deletedAt).length
      }
    },
    getPerson: ({ id }) => {
      const db = host.data()
      return personRow(db, findActivePerson(db, id))
    },
    savePerson: async (input) => {
      const before = input.id ? host.data().people.find((p) => p.id === input.id) : undefined
      if (input.photo && input.photo !== before?.photo && !(await photoExists(photosDir(), input.photo))) {
        throw invalid('照片文件不存在，请重新选择照片')
      }
      const { db, person } = await change((current) => savePerson(current, input, stamp()))
      return personRow(db, person)
    },
    deletePerson: async ({ id }) => ({ notes: (await change((db) => deletePerson(db, id, stamp().now))).notes }),
    saveTeam: async (input) => {
      const { db, team } = await change((current) => saveTeam(current, input, stamp()))
      return teamRow(db, team)
    },
    deleteTeam: async ({ id }) => ({ notes: (await change((db) => deleteTeam(db, id, stamp().now))).notes }),
    movePeople: async ({ ids, teamId }) => {
      const { said, notes } = await change((db) => movePeople(db, ids, teamId, stamp().now))
      return { said, notes }
    },
    mergeTeamPreview: ({ fromId, intoId }) => mergeTold(mergeTeams(host.data(), fromId, intoId, stamp().now, stages).facts, false),
    mergeTeam: async ({ fromId, intoId }) => {
      const { facts } = await change((db) => mergeTeams(db, fromId, intoId, stamp().now, stages))
      return mergeTold(facts, true)
    },
    reorderTeams: async ({ ids }) => {
      const db = await host.store().update((current) => reorderTeams(current, ids))
      return activeTeams(db).map((t) => teamRow(db, t))
    },
    recycleBin: () => {
      const db = host.data()
      return {
        people: db.people.filter((p) => p.deletedAt).map((p) => personRow(db, p)),
        teams: db.teams.filter((t) => t.deletedAt).map((t) => teamRow(db, t))
      }
    },
    restore: async ({ kind, id }) => {
      const at = stamp().now
      return { notes: (await change((db) => (kind === 'person' ? restorePerson(db, id, at) : restoreTeam(db, id)))).notes }
    },
    purge: async ({ kind, id }) => {
      const used = stages.referencesTo(host.data(), { kind, id })
      if (used.length) throw conflict(`不能彻底删除：${used.join('；')}`)
      const { notes } = await change((db) => {
        const purged = kind === 'team' ? purgeTeam(db, id) : purgePerson(db, id)
        const name = kind === 'team' ? db.teams.find((t) => t.id === id)!.name : db.people.find((p) => p.id === id)!.name
        const after = stages.afterPurge(purged.db, { kind, id }, name)
        return { db: after.db, notes: [...purged.notes, ...after.notes] }
      })
      return { notes }
    },
    glyphCheck: ({ text }) => ({ missing: missingGlyphs(text), warning: missingGlyphWarning(text) }),
    pickPhoto: async () => {
      const photo = await pickPhoto()
      if (!photo) return { canceled: true as const }
      return { canceled: false as const, value: { photo, dataUrl: await photoDataUrl(photosDir(), photo) } }
    },
    setPhoto: async ({ id }) => {
      findActivePerson(host.data(), id)
      const photo = await pickPhoto()
      if (!photo) return { canceled: true as const }
      const { db, person } = await change((current) => savePerson(current, { ...findActivePerson(current, id), photo }, stamp())).catch(async (error) => {
        // Never named by any database: nothing can miss it.
        await removePhotoFile(photosDir(), photo)
        throw error
      })
      return { canceled: false as const, value: personRow(db, person) }
    },
    removePhoto: async ({ id }) => {
      const { db, person } = await change((current) => savePerson(current, { ...findActivePerson(current, id), photo: null }, stamp()))
      return personRow(db, person)
    },
    photo: ({ photo }) => photoDataUrl(photosDir(), photo),
    template: async () => {
      host.store()
      const path = await dialogs.saveFile({ title: '下载导入模板', defaultName: '花名册导入模板.xlsx', filters: XLSX_FILTER })
      if (!path) return { canceled: true as const }
      await writeFileDurably(path, await excel.rosterTemplate(activeTeams(host.data()).map((t) => t.name)))
      return { canceled: false as const, value: path }
    },
    importPreview: async () => {
      host.store() // in the recovery screen: say so before asking for a file
      const path = await dialogs.openFile({ title: '导入花名册', filters: XLSX_FILTER })
      if (!path) return { canceled: true as const }
      const parsed = await excel.readRoster(await readWorkbookBytes(path))
      // Planned against the roster as it is once the file is read, not as it was when the dialog opened.
      return { canceled: false as const, value: imports.preview(host.data(), parsed, basename(path)) }
    },
    importCommit: async (input) => {
      const { result } = await change((db) => imports.commit(db, input, stamp()))
      imports.cancel(input.id)
      return result
    },
    importCancel: ({ id }) => {
      imports.cancel(id)
      return null
    },
    export: async () => {
      const unitName = (db: Readonly<Database>) => db.settings.unitName || '本单位'
      const path = await dialogs.saveFile({ title: '导出花名册', defaultName: `${unitName(host.data())}花名册.xlsx`, filters: XLSX_FILTER })
      if (!path) return { canceled: true as const }
      const db = host.data()
      await writeFileDurably(path, await excel.rosterExport({ unitName: unitName(db), people: activePeople(db), teams: activeTeams(db) }))
      return { canceled: false as const, value: path }
    }
  }
}

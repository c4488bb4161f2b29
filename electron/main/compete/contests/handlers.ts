import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { sortByName } from '@shared/rules/name-order'
import type { Database } from '@shared/model/database'
import { invalid } from '@shared/errors'
import { localDay } from '@shared/rules/dates'
import { keyingDifferences } from '@shared/rules/contest-sheets'
import type { contestContract } from '@shared/compete/contests/contract'
import type { PartHandlers } from '../../ipc/dispatch'
import type { Services } from '../../services'
import { readWorkbookBytes } from '../../excel/open-workbook'
import { writeFileDurably } from '../../store/durable-file'
import { deleteContest, findContest, saveContest, type Stamp } from './contest-edit'
import { finalizeContest, publishContest, reopenContest, withdrawContest } from './lifecycle'
import { SheetImports } from './sheet-imports'
import { changedCells, readSheetWorkbook, sheetTemplate } from './sheet-workbook'
import { decideTie, saveDeductions, saveSheet } from './sheets'
import { contestView, entrantName, listEntry } from './view'

type ContestHandlers = Pick<PartHandlers<'compete'>, keyof typeof contestContract>

const XLSX_FILTER = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }]

/** 比武竞赛: every change is one durable write of a pure function over the database. */
export function contestHandlers(services: Services): ContestHandlers {
  const { host, dialogs } = services
  const imports = new SheetImports()
  const stamp = (): Stamp => ({ now: services.now().toISOString(), today: localDay(services.now()), newId: randomUUID })
  const update = (apply: (db: Database) => Database) => host.store().update(apply)
  /** Applies a change of one contest and answers with that contest as it now is. */
  const changed = async (id: string, apply: (db: Database) => Database) => {
    const db = await update(apply)
    return contestView(db, findContest(db, id))
  }

  return {
    contests: (filter) => {
      const db = host.data()
      return db.contests
        .filter((c) => !filter?.year || c.year === filter.year)
        .sort((a, b) => b.date.localeCompare(a.date))
        .map((c) => listEntry(db, c))
    },
    contest: ({ id }) => {
      const db = host.data()
      return contestView(db, findContest(db, id))
    },
    contestSave: async (draft) => {
      const { db, contest } = await host.store().change((current) => saveContest(current, draft, stamp()))
      return contestView(db, contest)
    },
    contestDelete: async ({ id }) => {
      const { sheets } = await host.store().change((db) => deleteContest(db, id))
      return { sheets }
    },
    contestSheet: ({ contestId, roundId, judgeId, keying }) => {
      const db = host.data()
      findContest(db, contestId)
      return db.contestSheets.find((s) => s.contestId === contestId && s.roundId === roundId && s.judgeId === judgeId && s.keying === keying) ?? null
    },
    contestSheetSave: ({ cells, ...key }) => changed(key.contestId, (db) => saveSheet(db, key, cells, stamp())),
    contestSheetDifferences: ({ contestId, roundId, judgeId }) => {
      const db = host.data()
      const contest = findContest(db, contestId)
      const round = contest.rounds.find((r) => r.id === roundId)
      const sheet = (keying: 'first' | 'second') => db.contestSheets.find((s) => s.contestId === contestId && s.roundId === roundId && s.judgeId === judgeId && s.keying === keying)?.cells
      const items = new Map(contest.items.map((i) => [i.id, i.name]))
      return keyingDifferences([...items.keys()], round?.entrantIds ?? [], sheet('first'), sheet('second')).map((d) => ({
        ...d,
        name: entrantName(db, contest, d.entrantId),
        itemName: items.get(d.itemId) ?? ''
      }))
    },
    contestDeductionsSave: ({ contestId, roundId, deductions }) => changed(contestId, (db) => saveDeductions(db, contestId, roundId, deductions)),
    contestTieDecide: ({ contestId, roundId, entrantIds, note }) => changed(contestId, (db) => decideTie(db, contestId, roundId, entrantIds, note)),
    contestPublish: ({ id, from, to }) => changed(id, (db) => publishContest(db, id, from, to, stamp())),
    contestWithdraw: ({ id }) => changed(id, (db) => withdrawContest(db, id, stamp())),
    contestFinalize: ({ id }) => changed(id, (db) => finalizeContest(db, id, stamp())),
    contestReopen: ({ id, reason }) => changed(id, (db) => reopenContest(db, id, reason, stamp())),

    contestSheetTemplate: async ({ contestId, roundId, judgeId, nameOrder }) => {
      const db = host.data()
      const view = contestView(db, findContest(db, contestId))
      const round = view.rounds.find((r) => r.id === roundId)
      const judge = view.judgeNames[judgeId]
      if (!round || !judge) throw invalid('该轮次或评委不存在')
      const path = await dialogs.saveFile({ title: '保存评分表模板', defaultName: `${view.name}${view.rounds.length > 1 ? round.name : ''}评分表（${judge}）.xlsx`, filters: XLSX_FILTER })
      if (!path) return { canceled: true as const }
      const order = sortByName(round.entrantIds, (e) => view.entrantNames[e], nameOrder)
      await writeFileDurably(path, await sheetTemplate({ contest: view, roundId, judgeId, order }))
      return { canceled: false as const, value: { path } }
    },
    contestSheetImportPreview: async (key) => {
      const view = contestView(host.data(), findContest(host.data(), key.contestId))
      const path = await dialogs.openFile({ title: `导入评委${view.judgeNames[key.judgeId] ?? ''}的评分表`, filters: XLSX_FILTER })
      if (!path) return { canceled: true as const }
      const read = await readSheetWorkbook(await readWorkbookBytes(path), { contest: view, roundId: key.roundId, judgeId: key.judgeId })
      const current = host.data().contestSheets.find((s) => s.contestId === key.contestId && s.roundId === key.roundId && s.judgeId === key.judgeId && s.keying === key.keying)
      return { canceled: false as const, value: imports.keep(key, read, { fileName: basename(path), judgeName: view.judgeNames[key.judgeId], changes: changedCells(current?.cells, read.rows) }) }
    },
    contestSheetImportCommit: async ({ previewId }) => {
      const { key, cells } = imports.take(previewId)
      const view = await changed(key.contestId, (db) => saveSheet(db, key, cells, stamp()))
      imports.forget(previewId)
      return view
    }
  }
}

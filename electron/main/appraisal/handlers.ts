import { localDay } from '@shared/rules/dates'
import type { PartHandlers } from '../ipc/dispatch'
import type { Services } from '../services'
import type { AcrossStages } from '../stage'
import { writeFileDurably } from '../store/durable-file'
import { decide, finalise, reopen, saveConfig } from './decisions'
import { overviewOf } from './overview'
import { saveSchedule, scheduleOf } from './schedule'
import { workbookData } from './workbook-data'
import { sharedExcelThread } from '../excel/excel-thread'

const XLSX_FILTER = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }]

/** 年终评优: figures come from every stage through `stages.appraisalFigures`; this stage stores only its rules and decisions. */
export function appraisalHandlers(services: Services, stages: AcrossStages): PartHandlers<'appraisal'> {
  const { host } = services
  const yearOf = (year?: number) => year ?? host.data().settings.year
  const today = () => localDay(services.now())
  const overview = (year: number) => {
    const db = host.data()
    return overviewOf(db, year, () => stages.appraisalFigures(db, year, today()))
  }

  return {
    overview: (input) => overview(yearOf(input?.year)),
    configSave: async ({ year, config }) => {
      await host.store().update((db) => saveConfig(db, year, config))
      return overview(year)
    },
    decide: async (input) => {
      await host.store().update((db) => decide(db, input, stages.appraisalFigures(db, input.year, today()), today()))
      return overview(input.year)
    },
    finalise: async ({ year }) => {
      await host.store().update((db) => finalise(db, year, stages.appraisalFigures(db, year, today()), services.now().toISOString()))
      return overview(year)
    },
    reopen: async ({ year, reason }) => {
      await host.store().update((db) => reopen(db, year, reason, services.now().toISOString()))
      return overview(year)
    },
    unitFigures: (input) => stages.unitFigures(host.data(), yearOf(input?.year)),
    schedule: (input) => scheduleOf(host.data(), yearOf(input?.year)),
    scheduleSave: async ({ year, entries }) => {
      await host.store().update((db) => saveSchedule(db, year, entries))
      return scheduleOf(host.data(), year)
    },
    exportWorkbook: async (input) => {
      const db = host.data()
      const year = yearOf(input?.year)
      const data = workbookData(db, overviewOf(db, year, () => stages.appraisalFigures(db, year, today())), input?.nameOrder ?? 'strokes', today())
      const path = await services.dialogs.saveFile({ title: '导出年终评优工作簿', defaultName: `${data.unitName}${year}年度年终评优.xlsx`, filters: XLSX_FILTER })
      if (!path) return { canceled: true as const }
      await writeFileDurably(path, await sharedExcelThread().appraisalWorkbook(data))
      return { canceled: false as const, value: path }
    }
  }
}

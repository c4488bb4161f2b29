import { serveRequests } from '../workers/serve-requests'
import { loadWorkbook } from './open-workbook'
import { readRoster } from './read-roster'
import { rosterExportBytes, rosterTemplateBytes } from './roster-workbooks'
import type { ExcelRequest, ExcelResult } from './excel-thread'
import { appraisalWorkbookBytes } from '../appraisal/workbook'

/*
 * The Excel worker: reads and writes workbooks off Electron's main thread (a 2,000-row roster keeps
 * a JS thread busy for a few hundred ms, and a hostile file could take far longer and all memory).
 * Built as out/main/excel-worker.js; loaded through workers/bootstrap.cjs when running from TypeScript.
 */

serveRequests<ExcelRequest, ExcelResult>(async (request) => {
  switch (request.kind) {
    case 'readRoster':
      return readRoster(await loadWorkbook(request.bytes))
    case 'rosterExport':
      return rosterExportBytes(request.roster)
    case 'rosterTemplate':
      return rosterTemplateBytes(request.teamNames)
    case 'appraisalWorkbook':
      return appraisalWorkbookBytes(request.data)
  }
})

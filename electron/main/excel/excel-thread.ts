import { transferable } from '../workers/transfer'
import { RequestThread } from '../workers/request-thread'
import { workerScript } from '../workers/worker-script'
import type { ParsedRoster } from './read-roster'
import type { RosterSnapshot } from './roster-workbooks'
import type { AppraisalWorkbookData } from '../appraisal/workbook-data'

/*
 * Main's side of the Excel worker. Reading a workbook is parsing untrusted input: in the worker,
 * a slow file does not freeze the window, and one that unpacks beyond the worker's heap cap (a zip
 * bomb that understates its sizes, so zip-guard.ts could not see it) ends the worker, not the app.
 */

export type ExcelRequest =
  | { kind: 'readRoster'; bytes: Uint8Array }
  | { kind: 'rosterExport'; roster: RosterSnapshot }
  | { kind: 'rosterTemplate'; teamNames: string[] }
  | { kind: 'appraisalWorkbook'; data: AppraisalWorkbookData }
export type ExcelResult = ParsedRoster | Uint8Array

/** A 10,000-row roster (the import's limit) reads in under 128 MB: ample, and small beside a desktop's memory. */
export const EXCEL_HEAP_MB = 512

export interface ExcelThreadOptions {
  /** The worker script; by default out/main/excel-worker.js, or the TypeScript source when running unbuilt. */
  workerFile?: string
  maxHeapMb?: number
  log?: (message: string) => void
}

export class ExcelThread {
  private readonly thread: RequestThread<ExcelRequest, ExcelResult>

  constructor(options: ExcelThreadOptions = {}) {
    this.thread = new RequestThread({
      script: options.workerFile ?? workerScript('excel-worker', 'excel/worker.ts'),
      failed: '处理Excel工作簿时出错，请重试；如仍不行，请在Excel或WPS中另存一份再试',
      log: options.log ?? ((message) => console.error('[excel]', message)),
      memory: {
        maxHeapMb: options.maxHeapMb ?? EXCEL_HEAP_MB,
        message: '该工作簿内容过多，读取时超出了允许的内存，已停止读取。请删除无关的工作表、图片和空白行后另存再导入'
      }
    })
  }

  /** The roster in a workbook's bytes, or the Chinese reason it cannot be read. `bytes` is handed over. */
  readRoster(bytes: Uint8Array): Promise<ParsedRoster> {
    const sent = transferable(bytes)
    return this.thread.request({ kind: 'readRoster', bytes: sent }, [sent.buffer])
  }

  rosterExport(roster: RosterSnapshot): Promise<Uint8Array> {
    return this.thread.request({ kind: 'rosterExport', roster })
  }

  rosterTemplate(teamNames: string[]): Promise<Uint8Array> {
    return this.thread.request({ kind: 'rosterTemplate', teamNames })
  }

  appraisalWorkbook(data: AppraisalWorkbookData): Promise<Uint8Array> {
    return this.thread.request({ kind: 'appraisalWorkbook', data })
  }

  close(): Promise<void> {
    return this.thread.close()
  }
}

let shared: ExcelThread | null = null

/** One Excel worker for the process: the requests carry everything, so every caller can share it. */
export function sharedExcelThread(): ExcelThread {
  shared ??= new ExcelThread()
  return shared
}

import { randomUUID } from 'node:crypto'
import type { ImportPreview, ImportResult, ImportRow } from '@shared/roster/contract'
import type { Database } from '@shared/model/database'
import { AppError } from '@shared/errors'
import type { ParsedRoster } from '../excel/read-roster'
import { applyImport, planImport, summarize, type ImportChoice, type TeamChoice } from './import-plan'
import type { Stamp } from './people'

/*
 * Import in two steps. The preview plans the parsed file (read in the Excel worker) and keeps it
 * here, in main's memory; the commit uses what was kept (never rows sent back by the renderer) plus
 * the user's per-row choices. Nothing is written before the commit, and the commit is one database
 * update.
 */

interface Session {
  parsed: ParsedRoster
  proposed: ImportRow[]
}

/** Previews the user may still confirm; older ones are forgotten. */
const KEEP_SESSIONS = 3

export class ImportSessions {
  private readonly sessions = new Map<string, Session>()

  preview(db: Readonly<Database>, parsed: ParsedRoster, fileName: string): ImportPreview {
    const plan = planImport(db, parsed)
    const id = randomUUID()
    this.sessions.set(id, { parsed, proposed: plan.rows })
    while (this.sessions.size > KEEP_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!)
    return {
      id,
      fileName,
      sheetName: parsed.sheetName,
      headerRows: parsed.headerRows,
      columns: parsed.columns.map((c) => ({ column: c.letter, header: c.header, field: c.column?.field ?? null, label: c.column?.header ?? null })),
      notices: plan.notices,
      teamHints: plan.teamHints,
      rows: plan.rows,
      summary: summarize(plan.rows)
    }
  }

  /** The new database; the session is closed by `finish` once that is on disk. */
  commit(db: Database, input: { id: string; choices: ImportChoice[]; teams: TeamChoice[] }, stamp: Stamp): { db: Database; result: ImportResult } {
    const session = this.sessions.get(input.id)
    if (!session) throw new AppError('NOT_FOUND', '导入预览已失效（可能已导入过或已关闭），请重新选择文件预览')
    return applyImport(db, session.parsed, session.proposed, input.choices, stamp, input.teams)
  }

  cancel(id: string): void {
    this.sessions.delete(id)
  }
}

import { randomUUID } from 'node:crypto'
import type { SheetImportPreview } from '@shared/compete/contests/contract'
import { AppError } from '@shared/errors'
import type { SheetKey } from './sheets'
import type { ReadSheet } from './sheet-workbook'

/*
 * A score sheet imported in two steps, as the roster is: the preview keeps what was read here in
 * main's memory, and the commit saves exactly that (never cells sent back by the window), as one
 * sheet in one write.
 */

const KEEP = 3

export class SheetImports {
  private readonly kept = new Map<string, { key: SheetKey; read: ReadSheet }>()

  keep(key: SheetKey, read: ReadSheet, preview: Omit<SheetImportPreview, 'previewId' | 'rows' | 'problems' | 'keying'>): SheetImportPreview {
    const previewId = randomUUID()
    this.kept.set(previewId, { key, read })
    while (this.kept.size > KEEP) this.kept.delete(this.kept.keys().next().value!)
    return { previewId, keying: key.keying, rows: read.rows, problems: read.problems, ...preview }
  }

  /** What to save; refused while the file has problems (they are to be fixed in the file and read again). */
  take(previewId: string): { key: SheetKey; cells: Record<string, Record<string, number | null>> } {
    const kept = this.kept.get(previewId)
    if (!kept) throw new AppError('NOT_FOUND', '导入预览已失效（可能已导入过），请重新选择文件预览')
    const bad = kept.read.rows.filter((r) => r.problems.length)
    if (kept.read.problems.length || bad.length) throw new AppError('INVALID_INPUT', `评分表中有${kept.read.problems.length + bad.length}处问题，请在Excel中改正后重新导入`)
    return { key: kept.key, cells: Object.fromEntries(kept.read.rows.filter((r) => r.entrantId).map((r) => [r.entrantId as string, r.cells])) }
  }

  forget(previewId: string) {
    this.kept.delete(previewId)
  }
}

import { AppError } from '@shared/errors'
import { APPRAISAL_DOCUMENTS } from '../appraisal/documents'
import { COMPETE_DOCUMENTS } from '../compete/documents'
import { EVALUATE_DOCUMENTS } from '../evaluate/documents'
import { FOLLOWUP_DOCUMENTS } from '../followup/documents'
import { SHOW_DOCUMENTS } from '../show/documents'
import type { PrintDocument } from './document'

/*
 * The documents the print worker builds, by id. The same modules as the catalogue (print/catalog.ts,
 * which reads them from the stage registry), listed here from each stage's documents folder so the
 * worker thread loads the documents and pdfmake only, not every stage's handlers, the store and
 * exceljs: through the registry its first job started ~0.45 s later and it held ~40 MB more.
 * A stage with documents adds its list here too; tests/unit/print/catalog.test.ts checks both agree.
 */
export const WORKER_DOCUMENTS: readonly PrintDocument[] = [...SHOW_DOCUMENTS, ...COMPETE_DOCUMENTS, ...EVALUATE_DOCUMENTS, ...FOLLOWUP_DOCUMENTS, ...APPRAISAL_DOCUMENTS]

export function workerDocument(id: string): PrintDocument {
  const found = WORKER_DOCUMENTS.find((doc) => doc.id === id)
  if (!found) throw new AppError('NOT_FOUND', `没有这种文档：${id}`)
  return found
}

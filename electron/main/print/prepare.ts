import { invalid } from '@shared/errors'
import type { Database } from '@shared/model/database'
import type { LeftOut } from '@shared/model/print'
import { describeZodError } from '@shared/validation'
import { findDocument } from './catalog'
import type { GatherContext, PrintDocument } from './document'
import { printFileName, scopeLabel } from './file-name'

/** A document's data ready for the print worker, with the job's title and file name. */
export interface PreparedPrint {
  document: PrintDocument
  /** Structured-clonable: it crosses to the worker thread as it is. */
  data: unknown
  title: string
  fileName: string
  allowMissingGlyphs: boolean
  leftOut: LeftOut[]
}

/**
 * What print:render does before the worker: find the document, check the request against its own
 * options schema (a refusal names the field), fill the year from 单位信息, gather its data.
 */
export async function preparePrint(
  db: Database,
  request: { document: string } & Record<string, unknown>,
  context: GatherContext,
  documents?: readonly PrintDocument[]
): Promise<PreparedPrint> {
  const doc = findDocument(request.document, documents)
  const { document: _id, ...rest } = request
  const parsed = doc.options.safeParse(rest)
  if (!parsed.success) throw invalid(describeZodError(parsed.error, doc.options))
  const options = { ...parsed.data, year: parsed.data.year ?? db.settings.year }
  const gathered = await doc.gather(db, options, context)
  const title = gathered.title ?? doc.title
  return {
    document: doc,
    data: gathered.data,
    title,
    fileName: printFileName(options.year, title, gathered.scope ?? scopeLabel(db, options)),
    allowMissingGlyphs: options.allowMissingGlyphs,
    leftOut: gathered.leftOut ?? []
  }
}

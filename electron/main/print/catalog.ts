import { z } from 'zod'
import { AppError } from '@shared/errors'
import { printControlSchema, type PrintControl, type PrintDocumentInfo } from '@shared/model/print'
import { stageList } from '../stages'
import type { PrintDocument } from './document'

/*
 * The print catalogue: every stage's documents, in stage order and each stage's own order. The
 * print centre's list and forms (print:documents), request checking (print:render), the print
 * worker and `cli export` all read it; none of them names a document.
 */

export function printDocuments(): readonly PrintDocument[] {
  return stageList().flatMap((stage) => stage.documents ?? [])
}

export function findDocument(id: string, documents: readonly PrintDocument[] = printDocuments()): PrintDocument {
  const found = documents.find((doc) => doc.id === id)
  if (!found) throw new AppError('NOT_FOUND', `没有这种文档：${id}`)
  return found
}

/** The document as the print centre lists it, with its form and the values the form starts from. */
export function documentInfo(doc: PrintDocument): PrintDocumentInfo {
  return {
    id: doc.id,
    title: doc.title,
    stage: doc.stage,
    group: doc.group,
    description: doc.description,
    controls: z.array(printControlSchema).parse(doc.controls),
    defaults: optionDefaults(doc)
  }
}

/** The fields of a document's options schema, by name. */
export function optionFields(doc: PrintDocument): Record<string, z.ZodType> {
  let schema: z.core.$ZodType = doc.options
  // A schema refined or transformed as a whole is a pipe: its fields are those of what goes in.
  while (schema instanceof z.ZodPipe) schema = schema.in
  if (!(schema instanceof z.ZodObject)) throw new Error(`${doc.id}: options must be an object schema`)
  return schema.shape as Record<string, z.ZodType>
}

/** Each field's default, where it has one (optional and required fields have none). */
export function optionDefaults(doc: PrintDocument): Record<string, unknown> {
  const defaults: Record<string, unknown> = {}
  for (const [name, field] of Object.entries(optionFields(doc))) {
    const parsed = field.safeParse(undefined)
    if (parsed.success && parsed.data !== undefined) defaults[name] = parsed.data
  }
  return defaults
}

/** The option fields a form control sets (and, for `when`, reads). */
export function controlFields(control: PrintControl): string[] {
  const when = 'when' in control && control.when ? [control.when.field] : []
  switch (control.kind) {
    case 'year':
    case 'paper':
    case 'orientation':
      return [control.kind]
    case 'scope':
      return ['teamId', 'personIds', ...when]
    case 'nameOrder':
      return ['nameOrder', ...when]
    case 'noticePeriod':
      return ['noticeFrom', 'noticeTo']
    default:
      return [control.field]
  }
}

import type { Dayjs } from 'dayjs'
import dayjs from 'dayjs'
import type { PrintDocumentInfo, PrintRequest } from '@shared/model/print'
import { NAME_ORDERS } from '@shared/rules/name-order-choices'

/*
 * The print form's values and the request made from them, for any document: everything comes
 * from the document's entry in the catalogue (`print:documents`): its controls and its defaults.
 * A new document needs nothing here.
 */

/** Who a document is printed for, as a screen hands it to the print dialog. */
export interface PrintPreset {
  year?: number
  teamId?: string | null
  personIds?: string[] | null
}

export type PrintControlInfo = PrintDocumentInfo['controls'][number]

export type PrintScope = 'all' | 'team' | 'people'

/**
 * The form's own fields, beside the options named as the document names them (paper, showPhoto,
 * teamId, personIds, ...): 打印范围, and the 公示期 as one range (sent as noticeFrom / noticeTo).
 */
export const SCOPE_FIELD = 'printScope'
export const NOTICE_FIELD = 'noticePeriod'

/** The form's values: `year`, each control's field, and the two fields above. */
export type PrintFormValues = Record<string, unknown>

/** A 公示期 of a week from today: the usual length of a public notice. */
export function defaultNoticeRange(today = dayjs()): [Dayjs, Dayjs] {
  return [today.startOf('day'), today.startOf('day').add(6, 'day')]
}

const asDay = (value: unknown): Dayjs | null => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const day = dayjs(value)
  return day.isValid() ? day : null
}

const formatDay = (value: unknown) => (dayjs.isDayjs(value) && value.isValid() ? value.format('YYYY-MM-DD') : undefined)

/** A control shown only while another option has one of the listed values (`when`). */
export function isShown(control: PrintControlInfo, values: PrintFormValues): boolean {
  const when = 'when' in control ? control.when : undefined
  return !when || when.is.includes(String(values[when.field]))
}

/** How the form starts: the document's defaults, the screen's preset and the activity year. */
export function initialPrintValues(info: PrintDocumentInfo, preset: PrintPreset, year: number): PrintFormValues {
  const defaults = info.defaults
  const values: PrintFormValues = { year: preset.year ?? year }
  for (const control of info.controls) {
    switch (control.kind) {
      case 'year':
        break
      case 'paper':
        values.paper = defaults.paper ?? control.choices[0]
        break
      case 'orientation':
        values.orientation = defaults.orientation ?? control.choices[0]
        break
      case 'scope':
        values[SCOPE_FIELD] = preset.personIds?.length ? 'people' : preset.teamId ? 'team' : 'all'
        values.teamId = preset.teamId ?? undefined
        values.personIds = preset.personIds ?? undefined
        break
      case 'nameOrder':
        values.nameOrder = defaults.nameOrder ?? NAME_ORDERS[0]
        break
      case 'choice':
        values[control.field] = defaults[control.field] ?? (control.optional ? undefined : control.choices[0]?.value)
        break
      case 'switch':
        values[control.field] = Boolean(defaults[control.field] ?? true)
        break
      case 'multi':
        values[control.field] = Array.isArray(defaults[control.field]) ? [...(defaults[control.field] as unknown[])] : control.choices.map((c) => c.value)
        break
      case 'noticePeriod': {
        const from = asDay(defaults.noticeFrom)
        const to = asDay(defaults.noticeTo)
        values[NOTICE_FIELD] = from && to ? [from, to] : defaultNoticeRange()
        break
      }
      case 'date':
        values[control.field] = asDay(defaults[control.field])
        break
    }
  }
  return values
}

/**
 * The request main expects: `{ document, year, ...each shown control's field }`, with teamId and
 * personIds from 打印范围 (both null for 全体党员, or when the document has no scope or hides it),
 * and dates as YYYY-MM-DD. Options left empty are left out, so main uses its own defaults.
 */
export function buildPrintRequest(info: PrintDocumentInfo, values: PrintFormValues): PrintRequest {
  const request: PrintRequest = { document: info.id, year: values.year, teamId: null, personIds: null }
  const set = (field: string, value: unknown) => {
    if (value !== undefined && value !== null) request[field] = value
  }
  for (const control of info.controls) {
    if (!isShown(control, values)) continue
    switch (control.kind) {
      case 'year':
        break
      case 'paper':
      case 'orientation':
        set(control.kind, values[control.kind])
        break
      case 'nameOrder':
        set('nameOrder', values.nameOrder)
        break
      case 'scope': {
        const scope = values[SCOPE_FIELD] as PrintScope | undefined
        request.teamId = scope === 'team' ? ((values.teamId as string | undefined) ?? null) : null
        request.personIds = scope === 'people' ? ((values.personIds as string[] | undefined) ?? []) : null
        break
      }
      case 'choice':
      case 'switch':
      case 'multi':
        set(control.field, values[control.field])
        break
      case 'noticePeriod': {
        const [from, to] = (values[NOTICE_FIELD] as [Dayjs, Dayjs] | null | undefined) ?? [null, null]
        set('noticeFrom', formatDay(from))
        set('noticeTo', formatDay(to))
        break
      }
      case 'date':
        set(control.field, formatDay(values[control.field]))
        break
    }
  }
  return request
}

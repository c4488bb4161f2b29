import type { Dayjs } from 'dayjs'
import dayjs from 'dayjs'
import type { Orientation, PaperSize, PrintDocumentId, PrintRequest } from '@shared/model/print'
import { PHRASE_CATEGORIES, type AssessmentPeriod, type PhraseCategory, type PlacardColor } from '@shared/show/model'

/** Who a document is printed for, as a screen hands it to the print dialog. */
export interface PrintPreset {
  year?: number
  teamId?: string | null
  personIds?: string[] | null
}

export type PrintScope = 'all' | 'team' | 'people'

/** The print form's values: one shape for every document, only the relevant fields are shown. */
export interface PrintFormValues {
  year: number
  scope: PrintScope
  teamId?: string
  personIds?: string[]
  paper: PaperSize
  orientation?: Orientation
  showPhoto: boolean
  color?: PlacardColor
  showPledge: boolean
  mode: 'generic' | 'assigned'
  categories: PhraseCategory[]
  period: AssessmentPeriod
  noticeRange?: [Dayjs, Dayjs] | null
  date?: Dayjs | null
}

export interface DocumentChoices {
  papers: readonly PaperSize[]
  orientations: readonly Orientation[]
}

/** A 公示期 of a week from today: the usual length of a public notice. */
export function defaultNoticeRange(today = dayjs()): [Dayjs, Dayjs] {
  return [today.startOf('day'), today.startOf('day').add(6, 'day')]
}

export function initialPrintValues(document: PrintDocumentId, info: DocumentChoices, preset: PrintPreset, year: number): PrintFormValues {
  const scope: PrintScope = preset.personIds?.length ? 'people' : preset.teamId ? 'team' : 'all'
  return {
    year: preset.year ?? year,
    scope,
    teamId: preset.teamId ?? undefined,
    personIds: preset.personIds ?? undefined,
    paper: info.papers[0] ?? 'A4',
    orientation: info.orientations[0],
    showPhoto: true,
    color: undefined,
    showPledge: true,
    mode: 'generic',
    categories: [...PHRASE_CATEGORIES],
    period: 'yearEnd',
    noticeRange: document === 'fulfilment-notice' || document === 'pledge-notice' ? defaultNoticeRange() : null,
    date: null
  }
}

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined)

/** The request main expects for the document, from the form's values. */
export function buildPrintRequest(document: PrintDocumentId, values: PrintFormValues): PrintRequest {
  const selection = {
    year: values.year,
    teamId: values.scope === 'team' ? (values.teamId ?? null) : null,
    personIds: values.scope === 'people' ? (values.personIds ?? []) : null
  }
  const [noticeFrom, noticeTo] = values.noticeRange ?? [null, null]
  switch (document) {
    case 'post-placard':
      return { document, paper: values.paper, orientation: values.orientation, showPhoto: values.showPhoto, ...selection }
    case 'desk-placard':
      return { document, paper: values.paper, color: values.color, showPledge: values.showPledge, ...selection }
    case 'notice-board':
      return { document, paper: values.paper, orientation: values.orientation, showPhoto: values.showPhoto, ...selection }
    case 'tip-cards':
      return {
        document,
        paper: values.paper,
        color: values.color,
        mode: values.mode,
        categories: values.categories,
        ...(values.mode === 'generic' ? { year: values.year, teamId: null, personIds: null } : selection)
      }
    case 'pledge-cards':
      return { document, paper: 'A4', ...selection }
    case 'pledge-notice':
      return { document, paper: values.paper, orientation: values.orientation, date: day(values.date), noticeFrom: day(noticeFrom), noticeTo: day(noticeTo), ...selection }
    case 'fulfilment-notice':
      return {
        document,
        paper: values.paper,
        orientation: values.orientation,
        period: values.period,
        noticeFrom: day(noticeFrom) ?? '',
        noticeTo: day(noticeTo) ?? '',
        date: day(values.date),
        ...selection
      }
  }
}

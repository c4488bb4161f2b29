import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { Measure } from '../measure'

/*
 * What documents are made from: plain data gathered from the database by electron/main/show/print-data.ts,
 * already joined (team names, responsible people) and with photos as data URLs. Documents never read
 * files or the database, so each is a pure function of this data (plus font metrics).
 */

export interface PrintUnit {
  unitName: string
  branchName: string
  year: number
  /** 监督电话. */
  supervisionPhone: string
  /** 落款: the unit settings' 公示落款, else the Party organisation, else the unit. */
  signature: string
}

export interface PrintPledgeItem {
  categoryLabel: string
  fiveLeads: string
  content: string
  standard: string
  actions: string
  responsibleName: string
  /** Already in words: 2026年6月 / 2026年底前. */
  deadline: string
}

export interface PrintMember {
  id: string
  name: string
  /** 共产党员 or 预备党员. */
  identity: string
  /** 党内职务 and 行政职务 joined, e.g. 党支部书记、主任. */
  posts: string
  /** 岗位. */
  post: string
  duties: string
  teamName: string
  phone: string
  /** A `data:image/...;base64,` URL, never a path. */
  photo: string | null
  pledgeSummary: string
  pledgeItems: PrintPledgeItem[]
}

export interface PrintTeam {
  name: string
  members: PrintMember[]
}

/** A team or branch pledge, for the notices. */
export interface PrintGroupPledge {
  ownerName: string
  scopeLabel: string
  items: PrintPledgeItem[]
}

export interface Placards {
  unit: PrintUnit
  members: PrintMember[]
}
export interface PostPlacardInput extends Placards {
  paper: 'A4' | 'A3'
  orientation: 'portrait' | 'landscape'
  showPhoto: boolean
}
export interface DeskPlacardInput extends Placards {
  paper: 'A4' | 'A3'
  color: 'redOnWhite' | 'whiteOnRed'
  showPledge: boolean
}
export interface NoticeBoardInput {
  unit: PrintUnit
  teams: PrintTeam[]
  paper: 'A4' | 'A3'
  orientation: 'portrait' | 'landscape'
  showPhoto: boolean
}
export interface TipCard {
  text: string
  categoryLabel: string
  source: string
  /** The member it stands in front of, in assigned mode. */
  memberName: string
  memberPost: string
}
export interface TipCardsInput {
  unit: PrintUnit
  cards: TipCard[]
  paper: 'A4' | 'A3'
  color: 'redOnWhite' | 'whiteOnRed'
}
export interface PledgeCardsInput extends Placards {
  paper: 'A4'
}
export interface PledgeNoticeInput {
  unit: PrintUnit
  members: PrintMember[]
  groups: PrintGroupPledge[]
  paper: 'A4' | 'A3'
  orientation: 'portrait' | 'landscape'
  date: string
  noticeFrom: string | null
  noticeTo: string | null
}
export interface FulfilmentRow {
  name: string
  teamName: string
  items: string[]
  /** Fulfilment records in words, newest last: "3月5日 完成……". */
  records: string[]
  /** 好 / 较好 …, or 未评. */
  result: string
  score: number | null
  comment: string
}
export interface FulfilmentNoticeInput {
  unit: PrintUnit
  rows: FulfilmentRow[]
  periodLabel: string
  paper: 'A4' | 'A3'
  orientation: 'portrait' | 'landscape'
  date: string
  noticeFrom: string
  noticeTo: string
}

export interface DocumentInputs {
  'post-placard': PostPlacardInput
  'desk-placard': DeskPlacardInput
  'notice-board': NoticeBoardInput
  'tip-cards': TipCardsInput
  'pledge-cards': PledgeCardsInput
  'pledge-notice': PledgeNoticeInput
  'fulfilment-notice': FulfilmentNoticeInput
}
export type DocumentId = keyof DocumentInputs

export interface BuildContext {
  measure: Measure
}

export type BuildDocument<I> = (input: I, context: BuildContext) => TDocumentDefinitions
export type { Content, TableCell, TDocumentDefinitions }

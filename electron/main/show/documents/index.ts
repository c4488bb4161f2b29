import type { PrintDocument } from '../../print/document'
import { deskPlacard } from './desk-placard'
import { fulfilmentNotice } from './fulfilment-notice'
import { noticeBoard } from './notice-board'
import { pledgeCards } from './pledge-cards'
import { pledgeNotice } from './pledge-notice'
import { postPlacard } from './post-placard'
import { tipCards } from './tip-cards'

/**
 * 三亮's printed documents, in the print centre's order: 亮身份, 亮承诺, 亮形象. Each is one module
 * in this folder (options, form controls, gather, build); a new document is a new module and a
 * line here.
 */
export const SHOW_DOCUMENTS: readonly PrintDocument[] = [postPlacard, deskPlacard, noticeBoard, tipCards, pledgeCards, pledgeNotice, fulfilmentNotice]

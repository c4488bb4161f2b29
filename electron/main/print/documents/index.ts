import { buildDeskPlacards } from './desk-placard'
import { buildFulfilmentNotice } from './fulfilment-notice'
import { buildNoticeBoard } from './notice-board'
import { buildPledgeCards } from './pledge-cards'
import { buildPledgeNotice } from './pledge-notice'
import { buildPostPlacards } from './post-placard'
import { buildTipCards } from './tip-cards'
import type { BuildContext, BuildDocument, DocumentId, DocumentInputs, TDocumentDefinitions } from './types'

/** Every printable document: id → pure builder. Later stages add theirs here and in shared/model/print.ts. */
const BUILDERS: { [K in DocumentId]: BuildDocument<DocumentInputs[K]> } = {
  'post-placard': buildPostPlacards,
  'desk-placard': buildDeskPlacards,
  'notice-board': buildNoticeBoard,
  'tip-cards': buildTipCards,
  'pledge-cards': buildPledgeCards,
  'pledge-notice': buildPledgeNotice,
  'fulfilment-notice': buildFulfilmentNotice
}

export function buildDocument<K extends DocumentId>(id: K, input: DocumentInputs[K], context: BuildContext): TDocumentDefinitions {
  const build = BUILDERS[id] as BuildDocument<DocumentInputs[K]> | undefined
  if (!build) throw new Error(`unknown document ${id}`)
  return build(input, context)
}

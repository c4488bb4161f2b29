import type { publicContract } from '@shared/evaluate/public/contract'
import type { MainStagePart } from '../../stage'

/** 群众评议: this part's handlers and hooks. */
export const publicPart: MainStagePart<'evaluate', keyof typeof publicContract> = {
  handlers: () => ({})
}

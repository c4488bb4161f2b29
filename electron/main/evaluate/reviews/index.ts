import type { reviewContract } from '@shared/evaluate/reviews/contract'
import type { MainStagePart } from '../../stage'

/** 党员自评与互评: this part's handlers and hooks. */
export const reviewPart: MainStagePart<'evaluate', keyof typeof reviewContract> = {
  handlers: () => ({})
}

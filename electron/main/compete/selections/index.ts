import type { selectionContract } from '@shared/compete/selections/contract'
import type { MainStagePart } from '../../stage'

/** 评选与民主测评: this part's handlers and hooks. */
export const selectionPart: MainStagePart<'compete', keyof typeof selectionContract> = {
  handlers: () => ({})
}

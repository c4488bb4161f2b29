import type { Api } from '@shared/contract'

declare global {
  interface Window {
    /** Put there by the preload: one method per contract channel. */
    api: Api
  }
}

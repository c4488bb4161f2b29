import { randomUUID } from 'node:crypto'
import { localDay } from '@shared/rules/dates'
import type { Services } from '../../services'

/** The moment and ids a pure change needs, handed in so tests fix them. */
export interface Stamp {
  now: string
  today: string
  newId: () => string
}

export const stampOf = (services: Services) => (): Stamp => ({ now: services.now().toISOString(), today: localDay(services.now()), newId: randomUUID })

import { z } from 'zod'
import { stageCollections } from '../stages'
import { defaultSettings, storedSettingsSchema } from './settings'

/**
 * The whole database file: the settings, then every stage's collections (shared/stages.ts). Bump
 * SCHEMA_VERSION together with a migration in electron/main/store/migrations.ts. Every field has a
 * default, so a file written by an older version gains new fields on load without losing anything it had.
 * 2: 评诺 results of 已评诺 pledges keep their scale and weights (pledgeAssessments[].basis).
 */
export const SCHEMA_VERSION = 2

export const databaseSchema = z.looseObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: storedSettingsSchema,
  ...stageCollections
})
export type Database = z.infer<typeof databaseSchema>

export function createDatabase(now: Date): Database {
  return databaseSchema.parse({ schemaVersion: SCHEMA_VERSION, settings: defaultSettings(now) })
}

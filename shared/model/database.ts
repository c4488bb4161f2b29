import { z } from 'zod'
import { personSchema, teamSchema } from './roster'
import { defaultSettings, storedSettingsSchema } from './settings'
import { showCollections } from './show'

/**
 * The whole database file. Bump SCHEMA_VERSION together with a migration in
 * electron/main/store/migrations.ts. Every field has a default, so a file written by an older
 * version gains new fields on load without losing anything it had.
 */
export const SCHEMA_VERSION = 1

export const databaseSchema = z.looseObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: storedSettingsSchema,
  people: z.array(personSchema).default([]),
  teams: z.array(teamSchema).default([]),
  ...showCollections
})
export type Database = z.infer<typeof databaseSchema>

export function createDatabase(now: Date): Database {
  return databaseSchema.parse({ schemaVersion: SCHEMA_VERSION, settings: defaultSettings(now) })
}

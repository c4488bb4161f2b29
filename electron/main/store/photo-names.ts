import { PHOTO_NAME } from '@shared/roster/model'

/** Any stored photo name, wherever it appears in a file's text (whatever the file's shape or version). */
const NAMED_PHOTO = new RegExp(PHOTO_NAME.source.replace(/^\^|\$$/g, ''), 'g')

/** The photo names a database (or any text) mentions. Photo names are ASCII, so latin1 text of damaged bytes works too. */
export function photoNamesIn(text: string, into: Set<string> = new Set()): Set<string> {
  for (const [name] of text.matchAll(NAMED_PHOTO)) into.add(name)
  return into
}

/** When a change happens and how new records are named; passed in so tests fix them. */
export interface Stamp {
  now: string
  today: string
  newId: () => string
}

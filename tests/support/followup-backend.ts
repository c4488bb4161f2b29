import type { TestBackend } from './backend'

/* The demo roster behind the real dispatch for 跟踪's tests, and the two ways they call it (from ./refusal). */

export { rosterBackend } from './backend'
export { ok, refused } from './refusal'

export const personId = (b: TestBackend, name: string) => b.host.data().people.find((p) => p.name === name)!.id
export const teamId = (b: TestBackend, name: string) => b.host.data().teams.find((t) => t.name === name)!.id

import type { Reminder } from '@shared/model/reminder'

/*
 * A reminder opens the screen at its path (a route, matched exactly) and tells that screen which
 * record it is about through the history entry's state, so the route stays a plain menu path and
 * any stage's screen can pick the record out by the reminder's key.
 */

const STATE_KEY = 'reminderKey'

export function openReminder(reminder: Pick<Reminder, 'key' | 'path'>) {
  window.history.pushState({ [STATE_KEY]: reminder.key }, '', `#${reminder.path}`)
  window.dispatchEvent(new HashChangeEvent('hashchange'))
}

/** The key of the reminder that opened this screen, once: reading it clears it, so returning here later opens nothing. */
export function takeReminderKey(): string | null {
  const key = (window.history.state as Record<string, unknown> | null)?.[STATE_KEY]
  if (typeof key !== 'string') return null
  window.history.replaceState(null, '', window.location.hash)
  return key
}

/**
 * Every error code a channel may answer with. Codes are for code paths (stable, English); the
 * message beside them is the Chinese sentence the user reads.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'INTERNAL',
  'UNKNOWN_CHANNEL',
  'NOTHING_TO_PRINT',
  'NO_UNIT',
  'NOT_READY',
  'BAD_FILE',
  'BAD_IMAGE',
  'NOT_IMAGE',
  'TOO_LARGE',
  'TOO_MANY_ROWS',
  'NO_HEADER',
  'EMPTY_ROSTER',
  'UNREADABLE',
  'INVALID_BACKUP',
  'DATA_IN_USE',
  'OPEN_FAILED',
  'READ_ONLY',
  'RECOVERY_REQUIRED',
  'STORE_REPLACED',
  'NEEDS_FILE'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/**
 * An error meant for the user: `message` is plain Chinese and is shown as it is.
 * Anything else thrown in a handler is reported as an internal error with a generic message.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what}不存在或已被删除`)
export const invalid = (message: string) => new AppError('INVALID_INPUT', message)
export const conflict = (message: string) => new AppError('CONFLICT', message)

/**
 * An error meant for the user: `message` is plain Chinese and is shown as it is.
 * Anything else thrown in a handler is reported as an internal error with a generic message.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what}不存在或已被删除`)
export const invalid = (message: string) => new AppError('INVALID_INPUT', message)
export const conflict = (message: string) => new AppError('CONFLICT', message)

import type { Result } from '@shared/contract'

/** A failed call, carrying the Chinese message main wrote for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** The typed bridge. Screens call `api.settings.save(...)` and get a Result back. */
export const api = new Proxy({} as Window['api'], {
  get: (_target, domain: string) => window.api[domain as keyof Window['api']]
})

/** Unwraps a Result: the value, or an ApiError whose message is fit to show as it is. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  let result: Result<T>
  try {
    result = await pending
  } catch {
    throw new ApiError('BRIDGE', '与后台的连接出错，请重启本软件')
  }
  if (result.ok) return result.value
  throw new ApiError(result.error.code, result.error.message)
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : '操作失败，请重试'
}

import { AppError } from '@shared/errors'

/**
 * What to tell the user when the app cannot start (it then quits instead of lingering without a
 * window and holding the single-instance lock).
 */
export function startupFailureMessage(error: unknown, dataDir: string): string {
  if (error instanceof AppError) return error.message
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOSPC') return `磁盘空间不足，无法写入数据文件夹：${dataDir}。请清理磁盘后重新打开。`
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return `数据文件夹不能写入：${dataDir}。如果从U盘运行，请确认U盘没有写保护；否则请检查该文件夹的权限。`
  }
  if (code === 'ENOTDIR' || code === 'EEXIST') return `数据文件夹的位置被一个同名文件占用：${dataDir}。请移走该文件后重新打开。`
  return `启动时出错，数据未做任何改动。请重新打开本软件；若仍失败，请联系维护人员。（${code ?? (error as Error | undefined)?.message ?? '未知原因'}）`
}

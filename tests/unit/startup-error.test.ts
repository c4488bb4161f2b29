import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { startupFailureMessage } from '../../electron/main/startup-error'

const errno = (code: string) => Object.assign(new Error(code), { code })

describe('startupFailureMessage', () => {
  it('names the cause and the folder in Chinese', () => {
    expect(startupFailureMessage(errno('EROFS'), 'E:\\data')).toMatch(/^数据文件夹不能写入：E:\\data。.*写保护/)
    expect(startupFailureMessage(errno('ENOSPC'), '/d')).toMatch(/^磁盘空间不足/)
    expect(startupFailureMessage(errno('ENOTDIR'), '/d')).toMatch(/同名文件/)
    expect(startupFailureMessage(new AppError('DATA_IN_USE', '数据文件正被另一个程序使用'), '/d')).toBe('数据文件正被另一个程序使用')
    expect(startupFailureMessage(errno('EIO'), '/d')).toMatch(/启动时出错.*EIO/)
  })
})

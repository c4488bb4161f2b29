import { AppError } from '@shared/errors'

/*
 * Checked twice: by main before reading the file (a huge file is never read) and by the worker on
 * the bytes it gets. Its own module, so main does not load the image decoders just for a number.
 */

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024

export const photoTooLarge = () => new AppError('TOO_LARGE', '照片文件超过10 MB，请先压缩后再选择')

/**
 * Bytes kept as a list of buffers that are written in order (writev) rather than joined: taking a
 * range of another rope shares its memory, and a buffer that continues the last one in memory
 * extends it, so a rope built mostly from another one stays a handful of pieces.
 */
export class ByteRope {
  private pieces: Buffer[] = []
  /** starts[k]: where pieces[k] begins in the rope. */
  private starts: number[] = []
  length = 0

  get pieceCount(): number {
    return this.pieces.length
  }

  append(bytes: Buffer): void {
    if (bytes.length === 0) return
    const last = this.pieces.length - 1
    const tail = this.pieces[last]
    if (tail !== undefined && tail.buffer === bytes.buffer && tail.byteOffset + tail.length === bytes.byteOffset) {
      this.pieces[last] = Buffer.from(tail.buffer, tail.byteOffset, tail.length + bytes.length)
    } else {
      this.pieces.push(bytes)
      this.starts.push(this.length)
    }
    this.length += bytes.length
  }

  /** Appends bytes [from, to) of `source`, sharing its memory. */
  appendRange(source: ByteRope, from: number, to: number): void {
    for (let k = source.pieceAt(from); from < to; k++) {
      const piece = source.pieces[k]
      const start = source.starts[k]
      const end = Math.min(to, start + piece.length)
      this.append(piece.subarray(from - start, end - start))
      from = end
    }
  }

  /** Copies everything into one buffer: fewer pieces to write, and the buffers it shared can be freed. */
  compact(): void {
    if (this.pieces.length <= 1) return
    this.pieces = [Buffer.concat(this.pieces, this.length)]
    this.starts = [0]
  }

  /** The pieces, in order, from byte `from` on. */
  piecesFrom(from: number): Buffer[] {
    if (from >= this.length) return []
    const k = this.pieceAt(from)
    return [this.pieces[k].subarray(from - this.starts[k]), ...this.pieces.slice(k + 1)]
  }

  /** Index of the piece holding byte `offset` (binary search: a rope rebuilt record by record can have many). */
  private pieceAt(offset: number): number {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.starts[mid] <= offset) low = mid
      else high = mid - 1
    }
    return low
  }
}

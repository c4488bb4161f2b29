/*
 * Where the cursor goes in a score grid of `rows` × `cols` cells, typed row by row as the paper
 * sheet reads: Enter and Tab go on to the next item, then the next entrant's first item; with
 * Shift they go back; the arrow keys up and down stay in the item's column.
 */

export interface Cell {
  row: number
  col: number
}

/** The cell to go to; 'out' past either end (Enter on the last cell goes to 保存); null for a key that does not move. */
export function nextCell(at: Cell, key: string, shift: boolean, rows: number, cols: number): Cell | 'out' | null {
  const flat = at.row * cols + at.col
  const to = (n: number): Cell | 'out' => (n < 0 || n >= rows * cols ? 'out' : { row: Math.floor(n / cols), col: n % cols })
  if (key === 'Enter' || key === 'Tab') return to(shift ? flat - 1 : flat + 1)
  if (key === 'ArrowDown') return at.row + 1 < rows ? { row: at.row + 1, col: at.col } : at
  if (key === 'ArrowUp') return at.row > 0 ? { row: at.row - 1, col: at.col } : at
  return null
}

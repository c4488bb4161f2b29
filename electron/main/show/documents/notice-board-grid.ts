/*
 * The grid of the 党员公示栏: how many cards a row and how large their type and photos. A wall
 * board is read from a few steps away: when the members fit on one sheet with larger cards, it
 * uses them (a team of three on A3 gets two cards a row in twice the type, not a quarter of the
 * sheet in small print); when they do not fit on one sheet even in the densest grid, the densest
 * grid runs on over as many sheets as it takes. Pure: the caller measures the cards.
 */

export interface GridQuestion<Look> {
  /** How many members each team has: every team starts its own rows under its heading. */
  teamSizes: readonly number[]
  /** The densest grid: the paper's usual number of cards a row, in its usual type. */
  maxColumns: number
  /** The most the type may grow (the cell's own growth, maxColumns / columns, bounds it too). */
  maxEnlargement: number
  /** Height of the sheet left for the teams (below the title, above the footer), in points. */
  available: number
  /** Ways of setting a card, the preferred first (showing more of long text before less). */
  looks: readonly Look[]
  /** A team's heading row and the gap above it. */
  teamHeight: (columns: number) => number
  /** The tallest card (every row is as tall as its tallest) with type `enlargement` times the usual. */
  cardHeight: (columns: number, enlargement: number, look: Look) => number
}

export interface Grid<Look> {
  columns: number
  /** The type and photos, times the densest grid's (1 there). */
  enlargement: number
  look: Look
}

/**
 * The grid with the largest type that still puts every team on one sheet; among grids about as
 * large (within 1%), the earlier look, then fewer columns. When nothing fits one sheet: the densest
 * grid in its usual type and the last look, over as many sheets as it takes.
 */
export function chooseGrid<Look>(question: GridQuestion<Look>): Grid<Look> {
  let best: Grid<Look> | null = null
  for (const look of question.looks) {
    for (let columns = 1; columns <= question.maxColumns; columns++) {
      const enlargement = largestFitting(question, columns, look)
      if (enlargement !== null && (!best || enlargement > best.enlargement * 1.01)) best = { columns, enlargement, look }
    }
  }
  return best ?? { columns: question.maxColumns, enlargement: 1, look: question.looks[question.looks.length - 1] }
}

/** The largest enlargement (not below 1) at which the board fits one sheet in this grid, or null. */
function largestFitting<Look>(question: GridQuestion<Look>, columns: number, look: Look): number | null {
  const fits = (enlargement: number) => boardHeight(question, { columns, enlargement, look }) <= question.available
  const largest = Math.min(question.maxEnlargement, question.maxColumns / columns)
  if (largest < 1 || !fits(1)) return null
  if (fits(largest)) return largest
  // Larger type takes more and taller lines: the height grows with the enlargement, so halving finds the largest.
  let low = 1
  let high = largest
  while (high - low > 0.005) {
    const middle = (low + high) / 2
    if (fits(middle)) low = middle
    else high = middle
  }
  return low
}

/** The height of all the teams in a grid. */
export function boardHeight<Look>(question: GridQuestion<Look>, grid: Grid<Look>): number {
  const rowHeight = question.cardHeight(grid.columns, grid.enlargement, grid.look)
  return question.teamSizes.reduce((sum, size) => sum + question.teamHeight(grid.columns) + Math.ceil(size / grid.columns) * rowHeight, 0)
}

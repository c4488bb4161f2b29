/** `2026-06` → 2026年6月底前; `2026-06-30` → 2026年6月30日前; empty → 年内. */
export function deadlineLabel(deadline: string): string {
  if (!deadline) return '年内'
  const [y, m, d] = deadline.split('-').map(Number)
  return d ? `${y}年${m}月${d}日前` : `${y}年${m}月底前`
}

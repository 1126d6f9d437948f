/** Defect opportunities per unit (DPMO): a whole number 1–1 000 000, or empty for the client's default. */
export const OPPORTUNITIES_MAX = 1_000_000

export type OpportunitiesInput = { ok: true; value: number | null } | { ok: false; error: 'integer' | 'range' }

export function parseOpportunities(raw: unknown): OpportunitiesInput {
  const text = String(raw ?? '')
    .trim()
    .replace(/[\s\u00a0\u202f,.](?=\d{3}(\D|$))/g, '')
  if (text === '') return { ok: true, value: null }
  if (!/^-?\d+$/.test(text)) return { ok: false, error: 'integer' }
  const n = Number(text)
  if (n < 1 || n > OPPORTUNITIES_MAX) return { ok: false, error: 'range' }
  return { ok: true, value: n }
}

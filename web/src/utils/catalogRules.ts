/** Client-side mirror of the plant-model rules the server enforces on codes. */

export const CODE_MAX = 50

/** Codes are stored trimmed and upper-cased by the server; show them that way while typing. */
export function normalizeCode(raw: string | null | undefined): string {
  return (raw ?? '').toUpperCase().replace(/\s+/g, '')
}

/**
 * The line a user works on and the order last used on each line, remembered in this browser per user and client
 * (a shared tablet keeps each operator's own choice).
 */
export interface ShiftChoice {
  line: number | null
  /** line id → work order id (null: no order, production by product) */
  orders: Record<number, number | null>
}

const key = (userId: number, clientId: number) => `kpi-my-shift:${userId}:${clientId}`

export function loadChoice(userId: number | null, clientId: number | null): ShiftChoice {
  const empty: ShiftChoice = { line: null, orders: {} }
  if (userId === null || clientId === null) return empty
  try {
    const raw = JSON.parse(localStorage.getItem(key(userId, clientId)) ?? 'null') as Partial<ShiftChoice> | null
    if (!raw || typeof raw !== 'object') return empty
    const orders: Record<number, number | null> = {}
    for (const [line, order] of Object.entries(raw.orders ?? {})) {
      if (order === null || typeof order === 'number') orders[Number(line)] = order
    }
    return { line: typeof raw.line === 'number' ? raw.line : null, orders }
  } catch {
    return empty
  }
}

export function saveChoice(userId: number | null, clientId: number | null, line: number, order: number | null): void {
  if (userId === null || clientId === null) return
  const current = loadChoice(userId, clientId)
  try {
    localStorage.setItem(key(userId, clientId), JSON.stringify({ line, orders: { ...current.orders, [line]: order } }))
  } catch {
    /* storage full or unavailable: the choice is simply not remembered */
  }
}

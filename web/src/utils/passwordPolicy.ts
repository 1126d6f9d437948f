/**
 * Client-side mirror of the server password policy (reference api.md §2.4). Used for live
 * hints only; the server remains the authority and its 422 messages are shown as well.
 */
export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 128
export const SPECIAL_CHARS = `!@#$%^&*()_+-=[]{}|;':",./<>?`

export const COMMON_PASSWORDS: readonly string[] = [
  'password', 'password123', '123456', '12345678', 'qwerty', 'abc123', 'monkey', '1234567',
  'letmein', 'trustno1', 'dragon', 'baseball', 'iloveyou', 'master', 'sunshine', 'ashley',
  'bailey', 'shadow', '123123', '654321', 'superman', 'qazwsx', 'michael', 'football',
  'password1', 'password12', 'passw0rd', 'admin123', 'root123', 'welcome1', 'welcome123',
  'changeme', 'changeme123', 'test123', 'guest123',
]

export type PasswordRule =
  | 'length'
  | 'upper'
  | 'lower'
  | 'digit'
  | 'special'
  | 'notCommon'
  | 'noRepeat'
  | 'noSequence'

export const PASSWORD_RULES: readonly PasswordRule[] = [
  'length', 'upper', 'lower', 'digit', 'special', 'notCommon', 'noRepeat', 'noSequence',
]

export interface RuleResult {
  rule: PasswordRule
  ok: boolean
}

/** True when some character occurs 4 or more times in a row. */
export function hasRepeatRun(pw: string, run = 4): boolean {
  const chars = Array.from(pw)
  let count = 1
  for (let i = 1; i < chars.length; i++) {
    count = chars[i] === chars[i - 1] ? count + 1 : 1
    if (count >= run) return true
  }
  return false
}

function seqClass(ch: string): 'digit' | 'letter' | null {
  if (ch >= '0' && ch <= '9') return 'digit'
  if (ch >= 'a' && ch <= 'z') return 'letter'
  return null
}

/** True when 4 consecutive digits or letters (case-insensitive) ascend or descend by one: 1234, 4321, abcd, DCBA. */
export function hasSequenceRun(pw: string, run = 4): boolean {
  const chars = Array.from(pw.toLowerCase())
  let up = 1
  let down = 1
  for (let i = 1; i < chars.length; i++) {
    const prev = chars[i - 1] as string
    const cur = chars[i] as string
    const cls = seqClass(cur)
    const sameClass = cls !== null && cls === seqClass(prev)
    const diff = cur.charCodeAt(0) - prev.charCodeAt(0)
    up = sameClass && diff === 1 ? up + 1 : 1
    down = sameClass && diff === -1 ? down + 1 : 1
    if (up >= run || down >= run) return true
  }
  return false
}

export function checkPassword(pw: string): RuleResult[] {
  const length = Array.from(pw).length
  const results: Record<PasswordRule, boolean> = {
    length: length >= PASSWORD_MIN && length <= PASSWORD_MAX,
    upper: /[A-Z]/.test(pw),
    lower: /[a-z]/.test(pw),
    digit: /[0-9]/.test(pw),
    special: Array.from(pw).some((c) => SPECIAL_CHARS.includes(c)),
    notCommon: pw.length > 0 && !COMMON_PASSWORDS.includes(pw.toLowerCase()),
    noRepeat: pw.length > 0 && !hasRepeatRun(pw),
    noSequence: pw.length > 0 && !hasSequenceRun(pw),
  }
  return PASSWORD_RULES.map((rule) => ({ rule, ok: results[rule] }))
}

export function passwordViolations(pw: string): PasswordRule[] {
  return checkPassword(pw)
    .filter((r) => !r.ok)
    .map((r) => r.rule)
}

export function isPasswordValid(pw: string): boolean {
  return passwordViolations(pw).length === 0
}

import { onBeforeUnmount, onMounted, ref } from 'vue'

/**
 * Keyboard shortcuts. Page shortcuts are Alt+Shift+letter (read from `event.code`, so the keyboard layout and macOS's
 * Option characters do not matter): no browser binds these, and with a modifier they cannot fire while someone types
 * (WCAG 2.1.4). Ctrl+/ opens the help overlay that lists what the current page offers.
 */
export interface Shortcut {
  /** KeyboardEvent.code of the letter, e.g. "KeyR". */
  code: string
  /** i18n key of what it does. */
  labelKey: string
  run: () => void
}

/** The shortcuts registered by the mounted pages, for the help overlay. */
export const activeShortcuts = ref<Shortcut[]>([])
export const helpOpen = ref(false)

/** How a shortcut is written in the overlay ("Alt+Shift+R"). */
export function keysOf(s: Pick<Shortcut, 'code'>): string[] {
  return ['Alt', 'Shift', s.code.replace(/^Key/, '').replace(/^Digit/, '')]
}

/** Whether a key event is the help shortcut (Ctrl+/ or ⌘+/). */
export function isHelp(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && (e.key === '/' || e.code === 'Slash')
}

/** The page shortcut an event triggers, if any. */
export function matchShortcut(e: Pick<KeyboardEvent, 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>, list: readonly Shortcut[]): Shortcut | null {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null
  return list.find((s) => s.code === e.code) ?? null
}

function onKey(e: KeyboardEvent): void {
  if (isHelp(e)) {
    e.preventDefault()
    helpOpen.value = !helpOpen.value
    return
  }
  const hit = matchShortcut(e, activeShortcuts.value)
  if (hit) {
    e.preventDefault()
    hit.run()
  }
}

let listening = 0

/** Registers a page's shortcuts while it is mounted (the help shortcut works on every page of the shell). */
export function useShortcuts(list: Shortcut[] = []) {
  onMounted(() => {
    if (listening++ === 0) window.addEventListener('keydown', onKey)
    activeShortcuts.value = [...activeShortcuts.value, ...list]
  })
  onBeforeUnmount(() => {
    activeShortcuts.value = activeShortcuts.value.filter((s) => !list.includes(s))
    if (--listening === 0) window.removeEventListener('keydown', onKey)
  })
}

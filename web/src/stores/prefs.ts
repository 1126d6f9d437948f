import { defineStore } from 'pinia'
import { ref } from 'vue'
import { i18n, setLocale, storedLocale, type Locale } from '@/plugins/i18n'
import { storedTheme, THEME_STORAGE_KEY, vuetify, type ThemeName } from '@/plugins/vuetify'

export const usePrefsStore = defineStore('prefs', () => {
  const theme = ref<ThemeName>(storedTheme())
  const locale = ref<Locale>(storedLocale())

  function applyTheme(name: ThemeName): void {
    vuetify.theme.global.name.value = name
    document.documentElement.dataset.theme = name
    document.documentElement.style.colorScheme = name
  }

  function setTheme(name: ThemeName): void {
    theme.value = name
    try {
      localStorage.setItem(THEME_STORAGE_KEY, name)
    } catch {
      /* ignore */
    }
    applyTheme(name)
  }

  function changeLocale(next: Locale): void {
    locale.value = next
    setLocale(next)
  }

  /** Sync with other tabs (storage event) and apply the initial values. */
  function init(): void {
    applyTheme(theme.value)
    document.documentElement.setAttribute('lang', String(i18n.global.locale.value))
    window.addEventListener('storage', (e) => {
      if (e.key === THEME_STORAGE_KEY && (e.newValue === 'light' || e.newValue === 'dark')) {
        theme.value = e.newValue
        applyTheme(e.newValue)
      }
      if (e.key === 'kpi-language' && (e.newValue === 'en' || e.newValue === 'es')) {
        locale.value = e.newValue
        setLocale(e.newValue)
      }
    })
  }

  return { theme, locale, setTheme, changeLocale, init }
})

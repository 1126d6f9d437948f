import { createI18n } from 'vue-i18n'
import { en as vuetifyEn, es as vuetifyEs } from 'vuetify/locale'
import en from '@/i18n/en'
import es from '@/i18n/es'

export type Locale = 'en' | 'es'
export const LOCALES: readonly Locale[] = ['en', 'es']
export const LOCALE_STORAGE_KEY = 'kpi-language'

export function storedLocale(): Locale {
  try {
    const v = localStorage.getItem(LOCALE_STORAGE_KEY)
    if (v === 'en' || v === 'es') return v
  } catch {
    /* storage unavailable */
  }
  const nav = typeof navigator !== 'undefined' ? navigator.language?.slice(0, 2) : 'en'
  return nav === 'es' ? 'es' : 'en'
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: 'en',
  missingWarn: false,
  fallbackWarn: false,
  messages: {
    en: { ...en, $vuetify: vuetifyEn },
    es: { ...es, $vuetify: vuetifyEs },
  },
})

/** Switch the UI language, persist it and keep <html lang> in sync. */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    /* ignore */
  }
  document.documentElement.setAttribute('lang', locale)
}

type Messages = { default: Record<string, unknown> }

/** Messages of an area (both languages), merged in the first time one of its pages opens. */
function lazyMessages(load: () => Promise<[Messages, Messages]>): () => Promise<void> {
  let loaded: Promise<void> | null = null
  return () =>
    (loaded ??= load().then(([en, es]) => {
      i18n.global.mergeLocaleMessage('en', en.default)
      i18n.global.mergeLocaleMessage('es', es.default)
    }))
}

export const loadSettingsMessages = lazyMessages(() => Promise.all([import('@/i18n/settings/en'), import('@/i18n/settings/es')]))
export const loadImportMessages = lazyMessages(() => Promise.all([import('@/i18n/imports/en'), import('@/i18n/imports/es')]))
export const loadTvMessages = lazyMessages(() => Promise.all([import('@/i18n/tv/en'), import('@/i18n/tv/es')]))
export const loadEntryMessages = lazyMessages(() => Promise.all([import('@/i18n/entry/en'), import('@/i18n/entry/es')]))

import 'vuetify/styles'
import { createVuetify, type ThemeDefinition } from 'vuetify'
import { aliases, mdi } from 'vuetify/iconsets/mdi-svg'
import { createVueI18nAdapter } from 'vuetify/locale/adapters/vue-i18n'
import { useI18n } from 'vue-i18n'
import { i18n } from './i18n'

/** IBM Carbon tokens (reference frontend.md §5.6). */
export const carbonLight: ThemeDefinition = {
  dark: false,
  colors: {
    primary: '#0f62fe',
    'primary-darken-1': '#0043ce',
    secondary: '#393939',
    success: '#198038',
    warning: '#f1c21b',
    'on-warning': '#161616',
    error: '#da1e28',
    info: '#0072c3',
    background: '#f4f4f4',
    surface: '#ffffff',
    'surface-variant': '#f4f4f4',
    'on-surface-variant': '#161616',
    'on-background': '#161616',
    'on-surface': '#161616',
  },
  variables: {
    'border-color': '#8d8d8d',
    'border-opacity': 0.5,
    'focus-color': '#0f62fe',
    // Carbon text-secondary contrast (WCAG AA) for labels, subtitles and hints
    'medium-emphasis-opacity': 0.78,
    'disabled-opacity': 0.6,
  },
}

export const carbonDark: ThemeDefinition = {
  dark: true,
  colors: {
    primary: '#78a9ff',
    'on-primary': '#161616',
    secondary: '#c6c6c6',
    success: '#42be65',
    'on-success': '#161616',
    warning: '#f1c21b',
    'on-warning': '#161616',
    error: '#ff8389',
    'on-error': '#161616',
    info: '#3ddbd9',
    'on-info': '#161616',
    background: '#161616',
    surface: '#262626',
    'surface-variant': '#393939',
    'on-surface-variant': '#f4f4f4',
    'on-background': '#f4f4f4',
    'on-surface': '#f4f4f4',
  },
  variables: {
    'border-color': '#8d8d8d',
    'border-opacity': 0.6,
    'focus-color': '#78a9ff',
    'medium-emphasis-opacity': 0.8,
    'disabled-opacity': 0.6,
  },
}

export type ThemeName = 'light' | 'dark'
export const THEME_STORAGE_KEY = 'kpi-theme'

export function storedTheme(): ThemeName {
  try {
    const v = localStorage.getItem(THEME_STORAGE_KEY)
    if (v === 'light' || v === 'dark') return v
  } catch {
    /* ignore */
  }
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light'
}

export const vuetify = createVuetify({
  theme: {
    defaultTheme: storedTheme(),
    themes: { light: carbonLight, dark: carbonDark },
  },
  icons: { defaultSet: 'mdi', aliases, sets: { mdi } },
  locale: { adapter: createVueI18nAdapter({ i18n: i18n as unknown as Parameters<typeof createVueI18nAdapter>[0]['i18n'], useI18n }) },
  defaults: {
    global: { ripple: true },
    VCard: { flat: true, border: true, rounded: 'lg' },
    VBtn: { rounded: 'md', variant: 'flat' },
    VTextField: { variant: 'outlined', density: 'comfortable', color: 'primary' },
    VSelect: { variant: 'outlined', density: 'comfortable', color: 'primary' },
    VAutocomplete: { variant: 'outlined', density: 'comfortable', color: 'primary' },
    VCombobox: { variant: 'outlined', density: 'comfortable', color: 'primary' },
    VTextarea: { variant: 'outlined', density: 'comfortable', color: 'primary' },
    VSwitch: { inset: true, color: 'primary' },
    VAlert: { variant: 'tonal', border: 'start' },
    VDataTableServer: { hover: true },
    VDataTable: { hover: true },
    VTooltip: { location: 'bottom' },
    VDialog: { scrollable: true },
  },
})

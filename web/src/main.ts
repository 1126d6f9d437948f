import '@fontsource/ibm-plex-sans/400.css'
import '@fontsource/ibm-plex-sans/500.css'
import '@fontsource/ibm-plex-sans/600.css'
import './styles/main.css'

import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n } from './plugins/i18n'
import { vuetify } from './plugins/vuetify'
import { router } from './router'
import { onAuthLost } from './api/client'
import { useSessionStore } from './stores/session'
import { useNotifyStore } from './stores/notify'
import { usePrefsStore } from './stores/prefs'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
app.use(vuetify)
app.use(router)

// Last-resort handler: log, tell the user, never blank the page.
app.config.errorHandler = (err, _instance, info) => {
  console.error('[kpi] unhandled error', info, err)
  useNotifyStore(pinia).error(i18n.global.t('errors.generic'))
}

usePrefsStore(pinia).init()

// Session lost (refresh failed) → clear and go to /login keeping the intended route.
onAuthLost(() => {
  const session = useSessionStore(pinia)
  if (!session.ready || !session.user) return
  session.clear()
  const current = router.currentRoute.value
  if (current.meta.public) return
  useNotifyStore(pinia).warning(i18n.global.t('errors.sessionExpired'))
  void router.replace({ name: 'login', query: { redirect: current.fullPath } })
})

router.afterEach((to) => {
  const key = to.meta.titleKey
  document.title = key ? `${i18n.global.t(key)} · KPI Operations` : 'KPI Operations'
})

app.mount('#app')

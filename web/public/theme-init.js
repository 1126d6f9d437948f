/* Applies the persisted theme and language before first paint (external file: the CSP forbids inline scripts). */
(function () {
  try {
    var d = document.documentElement
    var theme = localStorage.getItem('kpi-theme')
    if (theme !== 'light' && theme !== 'dark') {
      theme = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
    }
    d.setAttribute('data-theme', theme)
    d.style.colorScheme = theme
    d.style.backgroundColor = theme === 'dark' ? '#161616' : '#f4f4f4'
    d.style.color = theme === 'dark' ? '#f4f4f4' : '#161616'
    var lang = localStorage.getItem('kpi-language')
    if (lang !== 'en' && lang !== 'es') {
      lang = (navigator.language || 'en').slice(0, 2) === 'es' ? 'es' : 'en'
    }
    d.setAttribute('lang', lang)
  } catch (e) {
    /* storage unavailable: defaults apply */
  }
})()

import type reportsEn from './reports.en'

/** Página de informes; mismas claves que reports.en.ts. */
const reportsEs: typeof reportsEn = {
  title: 'Informes',
  subtitle: 'Informes de KPI en PDF para leer o en libro de Excel para trabajar, con las mismas cifras que las páginas de KPI.',
  subtitleOperator: 'Informes de producción, calidad y paradas de un turno de su planta.',
  noClient: 'Todavía no tiene un cliente asignado.',
  tabDownload: 'Descargar',
  form: {
    region: 'Parámetros del informe',
    type: 'Informe',
    clients: 'Clientes',
    period: 'Periodo',
    from: 'Desde',
    to: 'Hasta',
    shift: 'Turno',
    line: 'Línea',
    product: 'Producto',
    all: 'Todos',
    language: 'Idioma del informe',
    format: 'Formato',
    shiftRequired: 'Los operarios indican su turno.',
    clientsRequired: 'Elija al menos un cliente.',
    periodInvalid: 'El inicio no puede ser posterior al final.',
  },
  types: {
    'kpi-summary': 'Resumen de KPI',
    production: 'Producción',
    quality: 'Calidad',
    downtime: 'Paradas y disponibilidad',
    attendance: 'Asistencia',
    'work-orders': 'Estado de órdenes de trabajo',
  },
  presets: {
    lastMonth: 'Mes pasado',
    thisMonth: 'Este mes',
    last7: 'Últimos 7 días',
    last30: 'Últimos 30 días',
    custom: 'Personalizado',
  },
  formats: { pdf: 'PDF', xlsx: 'Libro de Excel' },
  languages: { en: 'Inglés', es: 'Español' },
  download: 'Descargar',
  preview: 'Vista previa (PDF)',
  closePreview: 'Cerrar vista previa',
  previewTitle: 'Vista previa de {name}',
  failed: 'No se pudo generar el informe: {error}',
}

export default reportsEs

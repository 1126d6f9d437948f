import { describe, expect, it } from 'vitest'
import holdsEn from '@/i18n/holds.en'
import holdsEs from '@/i18n/holds.es'
import kpiEn from '@/i18n/kpi.en'
import kpiEs from '@/i18n/kpi.es'
import myShiftEn from '@/i18n/myShift.en'
import myShiftEs from '@/i18n/myShift.es'
import subscriptionsEn from '@/i18n/subscriptions.en'
import subscriptionsEs from '@/i18n/subscriptions.es'

/** Every key path of a message tree. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

describe('messages of My Shift, Holds, the KPI explanation and report subscriptions', () => {
  it('have the same keys in English and Spanish', () => {
    expect(keys(holdsEs).sort()).toEqual(keys(holdsEn).sort())
    expect(keys(myShiftEs).sort()).toEqual(keys(myShiftEn).sort())
    expect(keys(kpiEs).sort()).toEqual(keys(kpiEn).sort())
    expect(keys(subscriptionsEs).sort()).toEqual(keys(subscriptionsEn).sort())
  })

  it('keep the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [en, es] of [[holdsEn, holdsEs], [myShiftEn, myShiftEs], [kpiEn, kpiEs], [subscriptionsEn, subscriptionsEs]] as const) {
      const flat = (tree: object, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], tree) as string
      for (const k of keys(en)) expect(placeholders(flat(es, k)), k).toEqual(placeholders(flat(en, k)))
    }
  })
})

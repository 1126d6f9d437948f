import { describe, expect, it, vi } from 'vitest'
import { defineComponent, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { i18n } from '@/plugins/i18n'
import { useCatalogForm, type CatalogFormSpec } from '@/composables/useCatalogForm'
import { ApiError, toProblem } from '@/utils/problem'

interface Rec {
  id: number
  code: string
  name: string
  version: number
}
interface Form {
  code: string
  name: string
}

/** Mounts a bare component around useCatalogForm and hands back what it returns. */
function harness(spec: Partial<CatalogFormSpec<Rec, Form>>, record: Rec | null = null) {
  const open = ref(false)
  const saved = vi.fn()
  let api!: ReturnType<typeof useCatalogForm<Rec, Form>>
  const full: CatalogFormSpec<Rec, Form> = {
    fields: ['code', 'name'],
    blank: () => ({ code: '', name: '' }),
    fromRecord: (r) => ({ code: r.code, name: r.name }),
    validate: (f, editing, rules) => {
      const errs: Record<string, string[]> = {}
      rules.code(errs, f.code, editing)
      rules.text(errs, 'name', f.name, 10)
      return errs
    },
    create: vi.fn(),
    update: vi.fn(),
    get: vi.fn(),
    savedText: () => 'saved',
    ...spec,
  }
  mount(
    defineComponent({
      setup() {
        api = useCatalogForm<Rec, Form>(open, () => record, full, saved)
        return () => null
      },
    }),
    { global: { plugins: [createPinia(), i18n] } },
  )
  return { open, saved, api, spec: full }
}

const problem = (status: number, body: Record<string, unknown>) => new ApiError(status, toProblem(body, status))

describe('catalog dialog logic (useCatalogForm)', () => {
  it('checks the form first and sends nothing while a field is wrong', async () => {
    const { api, spec } = harness({})
    api.form.value = { code: '', name: 'a name that is too long' }
    await api.save()
    expect(api.fieldErrors.value).toEqual({ code: ['This field is required'], name: ['At most 10 characters'] })
    expect(spec.create).not.toHaveBeenCalled()
  })

  it('puts the problem detail errors[] on the named fields, the rest in the alert', async () => {
    const create = vi.fn().mockRejectedValue(
      problem(422, {
        detail: 'The request breaks 2 rule(s).',
        errors: [
          { field: 'name', message: 'must not be blank' },
          { field: 'client_id', message: 'unknown client' },
        ],
      }),
    )
    const { api, open, saved } = harness({ create })
    open.value = true
    await nextTick()
    api.form.value = { code: 'A-1', name: 'Widget' }
    await api.save()
    expect(api.fieldErrors.value).toEqual({ name: ['must not be blank'] })
    expect(api.formError.value).toBe('client_id: unknown client')
    expect(saved).not.toHaveBeenCalled()
    expect(open.value).toBe(true)
  })

  it('shows a duplicate code (409 on create) on the code field', async () => {
    const create = vi.fn().mockRejectedValue(problem(409, { detail: 'dup', errors: [{ field: 'code', message: 'This client already has A-1.' }] }))
    const { api } = harness({ create })
    api.form.value = { code: 'A-1', name: 'Widget' }
    await api.save()
    expect(api.fieldErrors.value.code).toEqual(['This client already has A-1.'])
    expect(api.conflict.value).toBe(false)
  })

  it('turns a stale version (409) into the reload message, and reload starts over from the server copy', async () => {
    const rec: Rec = { id: 5, code: 'A-1', name: 'Old', version: 1 }
    const update = vi.fn().mockRejectedValue(problem(409, { code: 'stale_version', detail: 'changed' }))
    const get = vi.fn().mockResolvedValue({ ...rec, name: 'Newer', version: 2 })
    const { api, open } = harness({ update, get }, rec)
    open.value = true
    await nextTick()
    expect(api.form.value).toEqual({ code: 'A-1', name: 'Old' })
    await api.save()
    expect(api.conflict.value).toBe(true)
    expect(api.formError.value).toMatch(/changed by someone else/)
    await api.reload()
    expect(get).toHaveBeenCalledWith(5)
    expect(api.form.value).toEqual({ code: 'A-1', name: 'Newer' })
    expect(api.conflict.value).toBe(false)
    expect(api.formError.value).toBeNull()
  })

  it('closes and reports the saved record on success', async () => {
    const rec: Rec = { id: 9, code: 'B', name: 'Bee', version: 0 }
    const create = vi.fn().mockResolvedValue(rec)
    const { api, open, saved } = harness({ create })
    open.value = true
    await nextTick()
    api.form.value = { code: 'B', name: 'Bee' }
    await api.save()
    expect(saved).toHaveBeenCalledWith(rec)
    expect(open.value).toBe(false)
  })

  it('clears a field message as soon as the field is edited', async () => {
    const { api } = harness({})
    await api.save()
    expect(api.fieldErrors.value.name).toBeDefined()
    api.field('name')['onUpdate:modelValue']()
    expect(api.fieldErrors.value.name).toBeUndefined()
    expect(api.field('code')['error-messages']).toEqual(['This field is required'])
  })
})

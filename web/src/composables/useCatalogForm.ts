import { computed, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useNotifyStore } from '@/stores/notify'
import { CODE_MAX } from '@/utils/catalogRules'
import { isApiError, type FieldErrors } from '@/utils/problem'
import { useFormErrors } from './useFormErrors'

/** What a catalog dialog supplies; the composable does the rest (open/reset, validate, save, 409 reload). */
export interface CatalogFormSpec<R, F> {
  /** API field names the form shows: problem-detail errors on them appear inline. */
  fields: readonly string[]
  blank: () => F
  fromRecord: (record: R) => F
  /** Client-side checks; `rules` helps with the usual text rules. */
  validate: (form: F, editing: boolean, rules: FormRules) => FieldErrors
  /** Extra checks with their own error display (e.g. break rows); false blocks the save. */
  validateExtra?: (form: F) => boolean
  create: (form: F) => Promise<R>
  update: (record: R, form: F) => Promise<R>
  get: (id: number) => Promise<R>
  /** Success message for the snackbar. */
  savedText: (saved: R, created: boolean) => string
  /** Called whenever the form's errors are cleared (open, reload, API error). */
  onReset?: () => void
}

export interface FormRules {
  /** Required (unless `optional`) trimmed text of at most `max` characters. */
  text: (errs: FieldErrors, field: string, value: string, max: number, optional?: boolean) => void
  /** The code is required on create only (it cannot change afterwards). */
  code: (errs: FieldErrors, value: string, editing: boolean) => void
}

export function useCatalogForm<R extends { id: number }, F>(
  open: Ref<boolean>,
  record: () => R | null,
  spec: CatalogFormSpec<R, F>,
  onSaved: (saved: R) => void,
) {
  const { t } = useI18n()
  const notify = useNotifyStore()
  const { fieldErrors, formError, conflict, reset, apply, clearField } = useFormErrors(spec.fields)
  const form = ref(spec.blank()) as Ref<F>
  const editing = computed(() => record() !== null)
  const saving = ref(false)
  const reloading = ref(false)

  const rules: FormRules = {
    text(errs, field, value, max, optional = false) {
      const v = value.trim()
      if (!v && !optional) errs[field] = [t('validation.required')]
      else if (v.length > max) errs[field] = [t('validation.maxLength', { max })]
    },
    code(errs, value, isEditing) {
      if (!isEditing) rules.text(errs, 'code', value, CODE_MAX)
    },
  }

  function resetAll(): void {
    reset()
    spec.onReset?.()
  }

  watch(open, (isOpen) => {
    if (!isOpen) return
    const r = record()
    form.value = r ? spec.fromRecord(r) : spec.blank()
    resetAll()
  })

  async function save(): Promise<void> {
    const errs = spec.validate(form.value, editing.value, rules)
    fieldErrors.value = errs
    formError.value = null
    const extraOk = spec.validateExtra?.(form.value) ?? true
    if (Object.keys(errs).length > 0 || !extraOk) return
    saving.value = true
    const r = record()
    try {
      const saved = r ? await spec.update(r, form.value) : await spec.create(form.value)
      notify.success(spec.savedText(saved, !r))
      onSaved(saved)
      open.value = false
    } catch (e) {
      spec.onReset?.()
      apply(e, !r)
    } finally {
      saving.value = false
    }
  }

  /** After a 409: load the current record and start over from it. */
  async function reload(): Promise<void> {
    const r = record()
    if (!r) return
    reloading.value = true
    try {
      form.value = spec.fromRecord(await spec.get(r.id))
      resetAll()
    } catch (e) {
      apply(e)
      if (isApiError(e) && e.status === 404) conflict.value = false
    } finally {
      reloading.value = false
    }
  }

  /** `v-bind` for a field: its inline errors, cleared as soon as the user edits it. */
  function field(name: string) {
    return {
      'error-messages': fieldErrors.value[name] ?? [],
      'onUpdate:modelValue': () => clearField(name),
    }
  }

  return { form, editing, fieldErrors, formError, conflict, saving, reloading, save, reload, clearField, field }
}

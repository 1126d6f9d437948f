import { onScopeDispose, ref, watch, type Ref } from 'vue'

/** A copy of `source` that follows it after `delay` ms of quiet; a change still pending when its owner goes away is dropped. */
export function useDebounced<T>(source: Ref<T>, delay = 300): Ref<T> {
  const out = ref(source.value) as Ref<T>
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(source, (v) => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      out.value = v
    }, delay)
  })
  onScopeDispose(() => clearTimeout(timer))
  return out
}

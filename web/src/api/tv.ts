/** Calls of the "Shop-floor TV" tag: display tokens (Settings) and the figures a wall screen shows. */
import { http, run } from './client'
import type { CreateDisplayRequest, DisplaySession, DisplayToken, TvData } from './types'

export const tvApi = {
  /** The display tokens of one client, newest first (never their secrets). */
  list: async (clientId: number) =>
    (await run(() => http.GET('/api/dashboards/displays', { params: { query: { client_id: clientId } } }))) as DisplayToken[],

  /** Creates a token; the answer's `token` and `url` are shown this once. */
  create: async (body: CreateDisplayRequest) =>
    (await run(() => http.POST('/api/dashboards/displays', { body }))) as DisplayToken,

  revoke: async (id: number) => {
    await run(() => http.DELETE('/api/dashboards/displays/{id}', { params: { path: { id } } }))
  },

  /** Exchanges the secret from the screen URL's fragment for the HttpOnly display cookie. */
  session: async (displayId: number, token: string) =>
    (await run(() => http.POST('/api/dashboards/displays/session', { body: { display_id: displayId, token } }))) as DisplaySession,

  /** The line's current shift: as the display itself (its cookie) or, signed in, as a preview of that display. */
  figures: async (displayId: number) =>
    (await run(() => http.GET('/api/dashboards/tv', { params: { query: { display_id: displayId } } }))) as TvData,
}

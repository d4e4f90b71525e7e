import type { WxAction, WxSnapshot } from '../../server/snapshot';

export type { CardView, WxAction, WxSnapshot } from '../../server/snapshot';

/** The simulated WeChat runs on the sample server (it is Node-only: real AES with node:crypto). */
async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
  if (!res.ok) throw new Error(data.error?.message ?? `the server answered ${res.status}`);
  return data as T;
}

export const openWxSession = (version: string) => call<WxSnapshot>('POST', '/api/wx/sessions', { version });

export const wxAction = (id: string, action: WxAction) =>
  call<WxSnapshot>('POST', `/api/wx/sessions/${encodeURIComponent(id)}/actions`, action);

/** Fire and forget: the server also drops idle sessions by itself. */
export function closeWxSession(id: string): void {
  void fetch(`/api/wx/sessions/${encodeURIComponent(id)}`, { method: 'DELETE', keepalive: true }).catch(() => {});
}

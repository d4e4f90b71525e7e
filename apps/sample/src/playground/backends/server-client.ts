import type { SimAction, SimSnapshot } from '../../server/snapshot';

export type { CardView, SimAction, SimSnapshot } from '../../server/snapshot';

/** The platforms whose simulators run on the sample server (Node-only: real AES with node:crypto). */
export type ServerPlatform = 'wx' | 'qq';

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

export const openSession = (platform: ServerPlatform, version: string) => call<SimSnapshot>('POST', `/api/${platform}/sessions`, { version });

export const sessionAction = (platform: ServerPlatform, id: string, action: SimAction) =>
  call<SimSnapshot>('POST', `/api/${platform}/sessions/${encodeURIComponent(id)}/actions`, action);

/** Fire and forget: the server also drops idle sessions by itself. */
export function closeSession(platform: ServerPlatform, id: string): void {
  void fetch(`/api/${platform}/sessions/${encodeURIComponent(id)}`, { method: 'DELETE', keepalive: true }).catch(() => {});
}

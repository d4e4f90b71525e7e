import type { IncomingMessage, ServerResponse } from 'node:http';
import { isShareError } from '@sharekit/core';
import { decryptGroupId, readGroupIdRequest } from './group-id';
import { HttpError, readJson, sendError, sendJson } from './http';
import { createJsapiSignatureEndpoint } from './jsapi-signature';
import { dirname, join } from 'node:path';
import { loadMiniProgramBundle, type MiniProgramBundle, type MiniProgramDialect, QQ, type SampleRequest, WECHAT } from './miniprogram-host';
import { createQQSessions } from './qq-sessions';
import { createWxSessions } from './wx-sessions';

export interface SampleApiOptions {
  appId: string;
  /** Held here only: the simulated runtime encrypts with it, /api/group-id decrypts with it. */
  sessionKey: string;
  /** The built mini program (dist/miniprogram) the simulated WeChat sessions run. */
  miniprogramDir: string;
  /** The built QQ mini program the simulated QQ sessions run. Default: miniprogram-qq next to `miniprogramDir`. */
  qqMiniprogramDir?: string;
  /** Where WECHAT_APP_ID / WECHAT_APP_SECRET are read for /api/jsapi-signature. Default process.env. */
  env?: Record<string, string | undefined>;
}

/** What POST /api/group-id answers, as status and JSON body. */
function groupIdAnswer(body: unknown, options: SampleApiOptions): { status: number; body: unknown } {
  try {
    const openGId = decryptGroupId(readGroupIdRequest(body), options);
    return { status: 200, body: { openGId } };
  } catch (error) {
    if (!isShareError(error)) throw error;
    // The code only: a message that tells decryption failures apart would make this endpoint a
    // padding oracle, and messages are for the server's log, not for whoever sent the data.
    return { status: 400, body: { error: { code: error.code } } };
  }
}

/**
 * The sample's HTTP API:
 * - `POST /api/group-id {encryptedData, iv, source?}` -> `{openGId}`: decrypts share info with the
 *   demo session key (@sharekit/server); a ShareError answers 400 `{error: {code}}`, no message.
 * - `POST /api/wx/sessions {version}` -> a snapshot: a simulated WeChat (@sharekit/mock/wx) at that
 *   base library version running the built mini program, launched on the article page.
 * - `POST /api/wx/sessions/:id/actions {type: 'tap' | 'open-card' | 'restart', ...}` -> a snapshot.
 * - `DELETE /api/wx/sessions/:id`.
 * - The same under `/api/qq/sessions` for a simulated QQ (@sharekit/mock/qq, Node-only) running
 *   dist/miniprogram-qq; a tap may name QQ's menu item (`item`: qq, qzone, wechatFriends, wechatMoment).
 * - `GET /api/jsapi-signature?url=` -> `{appId, timestamp, nonceStr, signature}` for wx.config in
 *   WeChat's browser (@sharekit/server's signer; a fake WeChat API unless WECHAT_APP_ID and
 *   WECHAT_APP_SECRET are set).
 * - `GET /api/dev/simulated-jsapi-ticket` -> `{appId, ticket}` of the fake account, for the
 *   playground's simulated JS-SDK; 404 with a real account.
 */
export function createSampleApi(options: SampleApiOptions) {
  // Each bundle is read and compiled once, on first use.
  const bundleLoader = (dir: string, dialect: MiniProgramDialect) => {
    let bundle: MiniProgramBundle | undefined;
    return () => {
      try {
        bundle ??= loadMiniProgramBundle(dir, dialect);
      } catch (error) {
        throw new HttpError(503, 'not-built', `the mini program is not built (${String(error)}): run pnpm build in apps/sample`);
      }
      return bundle;
    };
  };
  // The hosted mini program's wx.request reaches the same handler, in process.
  const request: SampleRequest = async (url, body) => {
    if (new URL(url, 'http://sample.invalid').pathname !== '/api/group-id') return { statusCode: 404, data: {} };
    const answer = groupIdAnswer(body, options);
    return { statusCode: answer.status, data: answer.body };
  };
  const sessions = createWxSessions({ appId: options.appId, sessionKey: options.sessionKey, bundle: bundleLoader(options.miniprogramDir, WECHAT), request });
  const qqSessions = createQQSessions({ bundle: bundleLoader(options.qqMiniprogramDir ?? join(dirname(options.miniprogramDir), 'miniprogram-qq'), QQ) });
  const platforms = { wx: sessions, qq: qqSessions };
  const jsapi = createJsapiSignatureEndpoint(options.env);

  /** Answers /api/* requests; false for anything else. */
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const { pathname } = new URL(req.url ?? '/', 'http://sample.invalid');
    if (!pathname.startsWith('/api/')) return false;
    try {
      if (pathname === '/api/group-id') {
        if (req.method !== 'POST') throw new HttpError(405, 'method', 'POST JSON { encryptedData, iv }');
        const answer = groupIdAnswer(await readJson(req), options);
        sendJson(res, answer.status, answer.body);
        return true;
      }
      if (pathname === '/api/jsapi-signature') {
        if (req.method !== 'GET') throw new HttpError(405, 'method', 'GET /api/jsapi-signature?url=<the page URL, encoded>');
        const url = new URL(req.url ?? '/', 'http://sample.invalid').searchParams.get('url') ?? '';
        sendJson(res, 200, await jsapi.sign(url));
        return true;
      }
      // Development only: the fake account's ticket, so that the playground's simulated JS-SDK can
      // check signatures in the page as WeChat's client would. There is no such route with a real
      // account (WECHAT_APP_ID / WECHAT_APP_SECRET): a real jsapi_ticket never leaves the server.
      if (pathname === '/api/dev/simulated-jsapi-ticket' && req.method === 'GET') {
        const simulated = await jsapi.simulatedTicket();
        if (!simulated) throw new HttpError(404, 'not-simulated', 'no simulated WeChat account: a real one is configured, or nothing was signed yet');
        sendJson(res, 200, simulated);
        return true;
      }
      const match = /^\/api\/(wx|qq)\/sessions(?:\/([\w-]+)(\/actions)?)?$/.exec(pathname);
      const store = match && platforms[match[1] as keyof typeof platforms];
      if (match && store && !match[2] && req.method === 'POST') {
        const body = (await readJson(req)) as { version?: unknown } | undefined;
        sendJson(res, 201, await store.create(body?.version));
        return true;
      }
      if (match?.[2] && store && match[3] && req.method === 'POST') {
        sendJson(res, 200, await store.act(match[2], await readJson(req)));
        return true;
      }
      if (match?.[2] && store && !match[3] && req.method === 'DELETE') {
        store.delete(match[2]);
        res.writeHead(204).end();
        return true;
      }
      throw new HttpError(404, 'not-found', `no API at ${req.method} ${pathname}`);
    } catch (error) {
      sendError(res, error);
      return true;
    }
  }

  return {
    handle,
    sessions,
    qqSessions,
    jsapi,
    close: () => {
      sessions.close();
      qqSessions.close();
      void jsapi.close();
    },
  };
}

export type SampleApi = ReturnType<typeof createSampleApi>;

/// <reference types="node" />
// Node-only (node:http): a stand-in for WeChat's server API on loopback, for signing tests.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A scripted answer: WeChat's JSON (`{ errcode, errmsg }` for an error), or an HTTP status with a body. */
export type WechatApiReply = { errcode: number; errmsg?: string } | { status: number; body?: string } | { hang: true };

export interface WechatApiServerOptions {
  /** The AppID and AppSecret the server accepts. Defaults: `wxsimulatedappid` / `simulated-secret`. */
  appId?: string;
  appSecret?: string;
  /** Lifetime WeChat reports for tokens and tickets, in seconds. Default 7200. */
  tokenExpiresIn?: number;
  ticketExpiresIn?: number;
  /** Delay before each answer, in milliseconds: widens the window in which signers race. Default 0. */
  latencyMs?: number;
}

/** One request as the server saw it. Tests count these; they hold the secret and tokens, so do not print them. */
export interface WechatApiRequest {
  endpoint: 'stable_token' | 'getticket' | 'token' | 'other';
  forceRefresh?: boolean;
  /** The `access_token` a getticket request carried. */
  accessToken?: string;
}

export interface WechatApiServer {
  /** `http://127.0.0.1:PORT`: pass it as the signer's `apiBase`. */
  readonly url: string;
  readonly requests: readonly WechatApiRequest[];
  /** How many requests reached an endpoint. */
  count(endpoint: WechatApiRequest['endpoint']): number;
  /** The next answers of an endpoint, in order, instead of a normal one. */
  queue(endpoint: 'stable_token' | 'getticket', ...replies: WechatApiReply[]): void;
  /** Every token and ticket it issued (for checks that none leaks). */
  readonly issued: readonly string[];
  /** Makes the current token invalid, as a force refresh elsewhere would: getticket then answers 40001. */
  revokeToken(): void;
  setOptions(options: Pick<WechatApiServerOptions, 'tokenExpiresIn' | 'ticketExpiresIn' | 'latencyMs'>): void;
  close(): Promise<void>;
}

/**
 * A fake of WeChat's server API on 127.0.0.1 (a free port): `POST /cgi-bin/stable_token` and
 * `GET /cgi-bin/ticket/getticket?type=jsapi`, answering as WeChat documents them
 * (https://developers.weixin.qq.com/doc/service/api/base/api_getstableaccesstoken; getticket in
 * the JS-SDK guide, appendix 1). The stable token stays the same until it expires or a
 * `force_refresh` replaces it; a wrong AppSecret gets errcode 40001, an unknown or replaced
 * access_token on getticket 40001, an expired one 42001.
 */
export async function createWechatApiServer(options: WechatApiServerOptions = {}): Promise<WechatApiServer> {
  const appId = options.appId ?? 'wxsimulatedappid';
  const appSecret = options.appSecret ?? 'simulated-secret';
  let tokenExpiresIn = options.tokenExpiresIn ?? 7200;
  let ticketExpiresIn = options.ticketExpiresIn ?? 7200;
  let latencyMs = options.latencyMs ?? 0;
  const requests: WechatApiRequest[] = [];
  const issued: string[] = [];
  const queues = { stable_token: [] as WechatApiReply[], getticket: [] as WechatApiReply[] };
  let token: { value: string; expiresAt: number } | undefined;
  const hanging = new Set<ServerResponse>();

  const mint = (kind: string) => {
    const value = `${kind}-${randomBytes(18).toString('base64url')}`;
    issued.push(value);
    return value;
  };

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body = '';
    for await (const chunk of req) body += chunk;
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const send = (json: unknown, status = 200): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    };
    const replyWith = (reply: WechatApiReply | undefined): boolean => {
      if (reply === undefined) return false;
      if ('hang' in reply) hanging.add(res);
      else if ('status' in reply) res.writeHead(reply.status).end(reply.body ?? '');
      else send({ errcode: reply.errcode, errmsg: reply.errmsg ?? `simulated error ${reply.errcode}` });
      return true;
    };

    if (req.method === 'POST' && url.pathname === '/cgi-bin/stable_token') {
      let input: { grant_type?: unknown; appid?: unknown; secret?: unknown; force_refresh?: unknown } = {};
      try {
        input = JSON.parse(body);
      } catch {
        // answered below as a bad request
      }
      requests.push({ endpoint: 'stable_token', forceRefresh: input.force_refresh === true });
      if (replyWith(queues.stable_token.shift())) return;
      if (input.grant_type !== 'client_credential') return send({ errcode: 40002, errmsg: 'invalid grant_type' });
      if (input.appid !== appId) return send({ errcode: 40013, errmsg: 'invalid appid' });
      if (input.secret !== appSecret) return send({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
      const now = Date.now();
      if (token === undefined || token.expiresAt <= now || input.force_refresh === true) {
        token = { value: mint('TOKEN'), expiresAt: now + tokenExpiresIn * 1000 };
      }
      return send({ access_token: token.value, expires_in: Math.ceil((token.expiresAt - now) / 1000) });
    }
    if (req.method === 'GET' && url.pathname === '/cgi-bin/ticket/getticket') {
      const accessToken = url.searchParams.get('access_token') ?? '';
      requests.push({ endpoint: 'getticket', accessToken });
      if (replyWith(queues.getticket.shift())) return;
      if (url.searchParams.get('type') !== 'jsapi') return send({ errcode: 40097, errmsg: 'invalid args' });
      if (token === undefined || accessToken !== token.value) {
        return send({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
      }
      if (token.expiresAt <= Date.now()) return send({ errcode: 42001, errmsg: 'access_token expired' });
      return send({ errcode: 0, errmsg: 'ok', ticket: mint('TICKET'), expires_in: ticketExpiresIn });
    }
    requests.push({ endpoint: url.pathname === '/cgi-bin/token' ? 'token' : 'other' });
    send({ errcode: 40066, errmsg: 'invalid url' }, 404);
  }

  const server = createServer((req, res) => {
    answer(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    issued,
    count: (endpoint) => requests.filter((request) => request.endpoint === endpoint).length,
    queue: (endpoint, ...replies) => {
      queues[endpoint].push(...replies);
    },
    revokeToken: () => {
      token = undefined;
    },
    setOptions: (next) => {
      tokenExpiresIn = next.tokenExpiresIn ?? tokenExpiresIn;
      ticketExpiresIn = next.ticketExpiresIn ?? ticketExpiresIn;
      latencyMs = next.latencyMs ?? latencyMs;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

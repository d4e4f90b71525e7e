import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSampleApi } from './api';
import { DEMO_APP_ID, DEMO_SESSION_KEY } from './config';
import { createStatic } from './static';

export { createSampleApi, type SampleApi, type SampleApiOptions } from './api';
export { DEMO_APP_ID, DEMO_SESSION_KEY } from './config';
export { decryptGroupId, readGroupIdRequest } from './group-id';
export {
  type HostedMiniProgram,
  hostMiniProgram,
  loadMiniProgramBundle,
  type MiniProgramBundle,
  type MiniProgramDialect,
  QQ,
  type SampleRequest,
  shareButtonCondition,
  WECHAT,
} from './miniprogram-host';
export type { CardView, SimAction, SimSnapshot, WxAction, WxSnapshot } from './snapshot';

export interface SampleServerOptions {
  /** Default 4173; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (this machine only). */
  host?: string;
  /** The built playground (dist/web). */
  webRoot: string;
  /** The built mini program (dist/miniprogram). */
  miniprogramDir: string;
}

export interface SampleServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves the playground, the decrypt endpoint and the simulated WeChat and QQ sessions. */
export function startSampleServer(options: SampleServerOptions): Promise<SampleServer> {
  const api = createSampleApi({ appId: DEMO_APP_ID, sessionKey: DEMO_SESSION_KEY, miniprogramDir: options.miniprogramDir });
  const serveStatic = createStatic(options.webRoot);
  const server = createServer((req, res) => {
    api
      .handle(req, res)
      .then((handled) => (handled ? undefined : serveStatic(req, res)))
      .catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4173, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            api.close();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

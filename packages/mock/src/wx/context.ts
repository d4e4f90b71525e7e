import type { SimContext } from '../miniprogram';
import type { TicketStore } from './tickets';
import type { WxPlatform } from './types';

/** Options after defaults and validation. */
export interface ResolvedOptions {
  SDKVersion: string;
  appId: string;
  appName: string;
  sessionKey: string;
  platform: WxPlatform;
  promiseTimeout: number;
  latency: number;
  resultOrder: 'callbacks-first' | 'show-first';
  canIUseGaps: readonly string[];
  cloud: boolean;
}

/** The shared simulator state plus what is WeChat's own. Internal. */
export interface RuntimeContext extends SimContext {
  readonly config: ResolvedOptions;
  /** The decoded session key. */
  readonly key: Uint8Array;
  readonly tickets: TicketStore;
}

export const DEFAULT_GROUP = 'tGsimulatedGroup0001';

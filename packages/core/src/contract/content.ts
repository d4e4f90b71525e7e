/**
 * What an app shares, said once for every platform. Types only.
 */

/** A file to share (the web's `File` fits this shape). */
export interface ShareFile {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

/**
 * What to share. Every field is optional: a platform fills in its own defaults (WeChat: the app's
 * name and the current page). Fields a platform has no place for are ignored there; ask
 * `controller.supports('image' | 'text' | 'files')` whether they reach the card.
 *
 * Platform-only fields live under the platform's key (`content.wx`, `content.alipay`), declared by
 * the adapter package through declaration merging on this interface and ignored by the others:
 *
 * ```ts
 * declare module '@sharekit/core' {
 *   interface ShareContent { alipay?: { bgImgUrl?: string } }
 * }
 * ```
 * @since 2.0.0
 */
export interface ShareContent {
  /** Card or share title. */
  title?: string;
  /**
   * The description wherever a platform has one: web `text`, Alipay and Douyin `desc`, Baidu
   * `content`, JS-SDK `desc`. WeChat mini programs have none (`supports('text')` is false).
   */
  text?: string;
  /**
   * App route, always starting with `/`, e.g. `/pages/article/index?id=42`. Each adapter converts
   * it to its platform's form (Alipay: no leading `/`; web: an absolute `url`).
   */
  path?: string;
  /** Absolute `http(s)` URL; wins over `path` on the web. */
  url?: string;
  /** Card image: `http(s)`, a package path, or a platform's own file (`wxfile:`, `cloud:`, `blob:`). */
  imageUrl?: string;
  /** Files to share where `supports('files')`. */
  files?: readonly ShareFile[];
}

/**
 * Where a share request came from, normalized across platforms: `menu` (the platform's share
 * menu), `button` (a share button in the page), `api` (the app, or an app-started panel such as
 * Alipay's `from: 'code'`), or a platform's own word (Douyin's `quick_share`).
 */
export type ShareFrom = 'menu' | 'button' | 'api' | (string & {});

/** The context a content provider is called with. */
export interface ShareTrigger {
  from: ShareFrom;
  /** The channel the platform names (Douyin `channel`, a button's `data-channel`). */
  channel?: string;
  /** The element that was tapped (the `open-type="share"` button). */
  target?: unknown;
  /** The current `<web-view>` URL (Douyin spells it `webviewUrl`; adapters normalize it). */
  webViewUrl?: string;
}

/** Produces the content for one share; may be async where `supports('async')`. */
export type ContentProvider = (trigger: ShareTrigger) => ShareContent | undefined | Promise<ShareContent | undefined>;

/** Static content or a provider. */
export type ContentSource = ShareContent | ContentProvider;

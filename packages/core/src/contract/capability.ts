/**
 * Portable questions an app asks before it uses a capability: the same words on every platform.
 * Types only.
 */

/**
 * What `controller.supports(capability)` answers:
 * - `share`: the app can start a share itself (`controller.share()`);
 * - `button`: a share button in the page can start one;
 * - `menu`: the app can show and hide the platform's share menu item;
 * - `image`, `text`: those content fields reach the card;
 * - `async`: content may be computed after the user taps;
 * - `result`: the platform reports `shared` / `cancelled` (without it, outcomes are `unconfirmed`);
 * - `tickets`: group shares can be identified later (share tickets, share info);
 * - `timeline`: share to a public feed (WeChat Moments, Qzone);
 * - `files`: `content.files` can be shared.
 * @since 2.0.0
 */
export type Capability = 'share' | 'button' | 'menu' | 'image' | 'text' | 'async' | 'result' | 'tickets' | 'timeline' | 'files';

/**
 * How a share starts on a platform:
 * - `user`: the platform pulls content when the user taps its menu or a share button (every mini program);
 * - `app`: the app calls `share()` in a click handler (the web, Alipay's `my.showSharePanel`);
 * - `preset`: content is pushed to the platform whenever it changes, and the user shares from the
 *   platform's own menu (WeChat's JS-SDK).
 * @since 2.0.0
 */
export type ShareInitiation = 'user' | 'app' | 'preset';

export { createWebAdapter, type WebAdapter, type WebAdapterOptions } from './adapter';
// Types only: the channel tables live in the lazily loaded sheet chunk (see README for defaults).
export type { Channel, ChannelName, CustomChannel, IntentData, SheetLabels } from './channels';
export { type ResolveUrl, resolveOnOrigin } from './url';

/** Built-in channels of the fallback sheet. */
export type ChannelName =
  | 'copy'
  | 'wechat'
  | 'x'
  | 'facebook'
  | 'linkedin'
  | 'whatsapp'
  | 'telegram'
  | 'weibo'
  | 'qq'
  | 'qzone'
  | 'email';

/** What an intent link is built from (all strings; empty when the content has none). */
export interface IntentData {
  /** The absolute http(s) URL being shared. */
  url: string;
  title: string;
  text: string;
  /**
   * `content.imageUrl` as an absolute http(s) URL (a relative one resolved against the page);
   * empty for none, and for URLs no other site can fetch (`wxfile:`, `cloud:`, `blob:`, `data:`).
   */
  imageUrl: string;
}

/** An extra link channel: opened in a new tab like the built-in intent links. */
export interface CustomChannel {
  /** Reported as the outcome's `channel`. */
  name: string;
  label: string;
  /**
   * An http(s) or mailto: URL; encode what you put in it (encodeURIComponent). Anything else,
   * or a throw, opens nothing: the sheet says `labels.linkFailed` and stays open.
   */
  href(data: IntentData): string;
}

export type Channel = ChannelName | CustomChannel;

export const defaultChannels: readonly ChannelName[] = [
  'copy',
  'wechat',
  'x',
  'facebook',
  'linkedin',
  'whatsapp',
  'telegram',
  'weibo',
  'qq',
  'qzone',
  'email',
];

/** Every text the sheet shows; pass `labels` to translate. */
export type SheetLabels = Record<ChannelName, string> & {
  heading: string;
  close: string;
  copied: string;
  copyFailed: string;
  scan: string;
  /** Instead of `scan` on a phone (coarse pointer), which cannot scan its own screen. */
  scanPhone: string;
  qrFailed: string;
  /** Under the QR code: copy the link, to paste in a WeChat chat. */
  wechatCopy: string;
  wechatCopied: string;
  /** Under the QR code: save it as a PNG (to scan from WeChat's album on a phone). */
  saveQr: string;
  linkFailed: string;
};

export const defaultLabels: SheetLabels = {
  heading: 'Share',
  close: 'Close',
  copied: 'Link copied',
  copyFailed: 'Copy this link:',
  scan: 'Scan with WeChat to share',
  scanPhone: 'Copy the link and paste it in a WeChat chat, or save the code and scan it from your photos in WeChat',
  qrFailed: 'The QR code could not be shown',
  wechatCopy: 'Copy link for WeChat',
  wechatCopied: 'Link copied: paste it in a WeChat chat',
  saveQr: 'Save QR code',
  linkFailed: 'This link could not be opened',
  copy: 'Copy link',
  wechat: 'WeChat',
  x: 'X',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  weibo: 'Weibo',
  qq: 'QQ',
  qzone: 'Qzone',
  email: 'Email',
};

// Query values are one letter each, replaced by an encoded field: u url, t title (or text),
// d text, i image, m title and url (one-field apps), b text and url (mail body).
const INTENTS: Record<string, string> = {
  x: 'https://twitter.com/intent/tweet?text=t&url=u',
  facebook: 'https://www.facebook.com/sharer/sharer.php?u=u',
  linkedin: 'https://www.linkedin.com/sharing/share-offsite/?url=u',
  whatsapp: 'https://api.whatsapp.com/send?text=m',
  telegram: 'https://t.me/share/url?url=u&text=t',
  weibo: 'https://service.weibo.com/share/share.php?url=u&title=t&pic=i',
  qq: 'https://connect.qq.com/widget/shareqq/index.html?url=u&title=t&desc=d&pics=i',
  qzone: 'https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url=u&title=t&desc=d&summary=d',
  email: 'mailto:?subject=t&body=b',
};

/**
 * The intent URL of a built-in link channel (`x`, `weibo`, `email`, ...), every value encoded
 * with encodeURIComponent (spaces as %20, which mail clients need); undefined for other names.
 */
export function intentUrl(channel: string, data: IntentData): string | undefined {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: own keys only ("constructor" is no channel)
  if (!Object.prototype.hasOwnProperty.call(INTENTS, channel)) return undefined;
  const { url, text } = data;
  const title = data.title || text;
  const fields: Record<string, string> = {
    u: url,
    t: title,
    d: text,
    i: data.imageUrl,
    m: title ? `${title} ${url}` : url,
    b: text ? `${text}\n\n${url}` : url,
  };
  return INTENTS[channel]!.replace(/=(\w)/g, (_, f: string) => `=${encodeURIComponent(fields[f]!)}`);
}

/**
 * The image URL handed to other sites (Weibo `pic`, QQ `pics`, custom channels): `imageUrl`
 * resolved against the page like `content.url`, kept only when it is http(s). WeChat temp files
 * (`wxfile:`), cloud file ids, page-local `blob:` and `data:` URLs mean nothing to another
 * site, so they become '' (no image) rather than being sent.
 */
export function shareImageUrl(imageUrl: string | undefined, win: Window): string {
  if (!imageUrl) return '';
  try {
    const url = new URL(imageUrl, win.location.href);
    return /^https?:/.test(url.protocol) ? url.href : '';
  } catch {
    return '';
  }
}

/** The guide's texts. */
export interface GuideLabels {
  heading: string;
  /** Where to tap: WeChat's ··· menu at the top right, and its two share items. */
  body: string;
  /** The button that closes the guide. */
  close: string;
}

export const englishGuideLabels: GuideLabels = {
  heading: 'Share this page',
  body: 'Tap ··· at the top right, then choose “Send to Chat” or “Share to Moments”.',
  close: 'Got it',
};

/** The words of WeChat's own menu items (发送给朋友, 分享到朋友圈). */
export const chineseGuideLabels: GuideLabels = {
  heading: '分享此页面',
  body: '点击右上角的 ···，选择“发送给朋友”或“分享到朋友圈”。',
  close: '知道了',
};

import { isShareError, type ShareError, type ShareOutcome } from '@sharekit/core';

/**
 * A failed Baidu share as an outcome: a `fail` whose errMsg says cancel (the documented web 态
 * values are `share canceled` and `sharing guide canceled`; native ones are not documented) is
 * a cancel; any other failed. `success` needs no mapping: it is Baidu's word that it shared
 * ("反馈分享结果,成功或失败", openShare page).
 */
export function failedOutcome(error: ShareError): ShareOutcome {
  return isShareError(error, 'platform') && /cancel/i.test(String(error.platformMessage)) ? { status: 'cancelled' } : { status: 'failed', error };
}

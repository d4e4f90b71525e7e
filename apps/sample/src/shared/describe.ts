import type { ShareContent, ShareEvent, ShareOutcome, ShareState } from '@sharekit/core';

/** One line for an outcome, as the page and the log show it. */
export function describeOutcome(outcome: ShareOutcome): string {
  const channel = 'channel' in outcome && outcome.channel ? ` (${outcome.channel})` : '';
  switch (outcome.status) {
    case 'shared':
      return `shared${channel}${outcome.tickets?.length ? `, ${outcome.tickets.length} share ticket(s)` : ', no share ticket'}`;
    case 'cancelled':
      return `cancelled${channel}`;
    case 'unconfirmed':
      return `unconfirmed${channel}: handed to the platform, which does not say what happened`;
    case 'failed':
      return `failed: ${outcome.error.message}`;
  }
}

export function describeContent(content: ShareContent): string {
  const parts = [`title ${JSON.stringify(content.title ?? '(platform default)')}`];
  if (content.path !== undefined) parts.push(`path ${content.path}`);
  parts.push(content.imageUrl === undefined ? 'no imageUrl' : `imageUrl ${content.imageUrl}`);
  return parts.join(', ');
}

function describeSession(state: ShareState): string {
  const { session } = state;
  return session.phase === 'idle' ? 'idle' : `${session.phase} #${session.id}`;
}

/** What happened, for the live log: the event, then the session it left. */
export function describeEvent(event: ShareEvent, state: ShareState): string {
  const to = `-> ${describeSession(state)}`;
  switch (event.type) {
    case 'request':
      return `request from the ${event.trigger.from} (${event.initiator === 'user' ? 'the user, through the platform' : 'the app'}) ${to}`;
    case 'composed':
      return `composed #${event.id}: ${describeContent(event.content)} ${to}`;
    case 'settle':
      return `platform answered #${event.id} ${to}`;
    case 'timeout':
      return `#${event.id} timed out ${to}`;
    case 'resume':
      return `page shown ${to}`;
    case 'menu': {
      const state = `${event.menu.visible ? 'shown' : 'hidden'}${event.menu.tickets ? ', with share tickets' : ''}`;
      if (event.op === 'page') return `menu of this page: ${state}`;
      return `menu ${event.op === 'show' ? 'shown' : event.op === 'hide' ? 'hidden' : 'updated'}: ${state}`;
    }
    case 'launch': {
      const { scene, shareTicket } = event.context;
      return `launched${scene === undefined ? '' : ` (scene ${scene})`}${shareTicket ? ' with a share ticket' : ''}`;
    }
    case 'destroy':
      return 'lifecycle ended: the launch ticket is gone';
    case 'warning':
      return `warning: ${event.error.message}`;
    case 'preset':
      return `content handed to the platform: ${describeContent(event.content)}`;
    case 'dispose':
      return `controller disposed ${to}`;
  }
}

import { newTicket } from './crypto';

/** What a ticket stands for. */
export interface TicketRecord {
  openGId: string;
  /** The lifecycle generation it was issued in; it dies with it. */
  generation: number;
  isPrivateMessage: boolean;
}

export interface TicketStore {
  issue(openGId: string, generation: number, isPrivateMessage: boolean): string;
  /** The record when the ticket is known and from this generation, else undefined. */
  lookup(ticket: unknown, generation: number): TicketRecord | undefined;
}

export function createTicketStore(): TicketStore {
  const tickets = new Map<string, TicketRecord>();
  return {
    issue(openGId, generation, isPrivateMessage) {
      const ticket = newTicket();
      tickets.set(ticket, { openGId, generation, isPrivateMessage });
      return ticket;
    },
    lookup(ticket, generation) {
      if (typeof ticket !== 'string') return undefined;
      const record = tickets.get(ticket);
      return record && record.generation === generation ? record : undefined;
    },
  };
}

import type { Capability } from '../contract/capability';

type CanIUse = (schema: string) => boolean;

/**
 * A mini program adapter's `supports()` from its pure answer over the runtime's `canIUse`. It never
 * throws: a runtime whose `canIUse` throws answers false, as the contract asks of every adapter.
 */
export function supportsFrom(answer: (can: CanIUse, capability: Capability) => boolean, can: CanIUse): (capability: Capability) => boolean {
  return (capability) => {
    try {
      return answer(can, capability) === true;
    } catch {
      return false;
    }
  };
}

import { describe, expect, it } from 'vitest';
import { supportsFrom } from '../src/adapter';

describe('supportsFrom', () => {
  it("answers with the platform's answer over its canIUse", () => {
    const can = (schema: string) => schema === 'showShareMenu';
    const supports = supportsFrom((c, capability) => capability === 'menu' && c('showShareMenu'), can);
    expect(supports('menu')).toBe(true);
    expect(supports('share')).toBe(false);
  });

  it('answers false when the runtime throws, and only true for true', () => {
    const throwing = () => {
      throw new Error('canIUse is broken');
    };
    expect(supportsFrom((c) => c('x'), throwing)('menu')).toBe(false);
    expect(supportsFrom(() => 1 as unknown as boolean, () => true)('menu')).toBe(false);
  });
});

/** The fields of `value` when it is an object (an adapter's or a platform's answer), else none. */
export const fieldsOf = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;

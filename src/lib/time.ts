/** Now in Northpass's datetime form: UTC, whole seconds, `Z`. */
export const nowUtc = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

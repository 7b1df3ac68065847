/** Now in UTC to the whole second, with `Z` (the form Northpass writes, too). */
export const nowUtc = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

import type { Bundle } from 'zapier-platform-core';

/** `bundle.meta`, which is absent when a perform runs outside a Zap (the app tester, the CLI). */
export const metaOf = (bundle: { meta?: Partial<Bundle['meta']> }): Partial<Bundle['meta']> =>
  bundle.meta ?? {};

/**
 * The Zap whose poll this is (`bundle.meta.zap.id`, which core 19's types mark deprecated but
 * Zapier still sends); undefined outside a Zap (the CLI's invoke, a test run without one).
 */
export const zapIdOf = (bundle: { meta?: Partial<Bundle['meta']> }): string | undefined => {
  const zap: unknown = (metaOf(bundle) as { zap?: unknown }).zap;
  if (!zap || typeof zap !== 'object' || !('id' in zap)) return undefined;
  return typeof zap.id === 'string' || typeof zap.id === 'number' ? String(zap.id) : undefined;
};

import type { Bundle } from 'zapier-platform-core';

/** `bundle.meta`, which is absent when a perform runs outside a Zap (the app tester, the CLI). */
export const metaOf = (bundle: { meta?: Partial<Bundle['meta']> }): Partial<Bundle['meta']> =>
  bundle.meta ?? {};

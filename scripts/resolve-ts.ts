/**
 * Lets the scripts run the app's TypeScript sources directly (Node strips the types): a relative
 * `./x.js` import that has no such file resolves to `./x.ts`, as tsc would compile it.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) {
        return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
      }
      throw error;
    }
  },
});

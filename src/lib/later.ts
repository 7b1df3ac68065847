/**
 * A function whose code loads on its first call. Zapier imports the whole app for every step,
 * and a step runs one operation: so index.ts, the operations' definitions and their input fields
 * import only what Zapier shows (labels, fields, samples, output fields), and each operation's
 * work, with the client and the resources under it, loads from src/runtime.ts when a step runs.
 * docs/architecture.md, "What loads when".
 */
export const later =
  <A extends unknown[], R>(load: () => Promise<(...args: A) => Promise<R> | R>) =>
  async (...args: A): Promise<R> =>
    (await load())(...args);

/**
 * Everything a step does (src/runtime.ts), loaded once, by the first call that needs it: lib's
 * one reference outside itself, and a dynamic one.
 */
export const runtime = () => import('../runtime.js');

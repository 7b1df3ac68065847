/**
 * `npm run verify-school`: asks a real school (NORTHPASS_API_KEY; NORTHPASS_API_URL to point
 * elsewhere) each question Northpass's documentation leaves open, and prints what it answered
 * and what that means for each operation. Read-only unless `--write` (see docs/verify-school.md).
 * The key is never printed.
 */
import { main } from './verify-school/main.ts';

try {
  process.exitCode = await main({ argv: process.argv.slice(2), env: process.env, signals: true });
} catch (error) {
  // never a stack, never a body: the first words only
  const words = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  const key = process.env.NORTHPASS_API_KEY?.trim();
  const plain = words.replace(/[{[].*$/, '').trim();
  console.error(
    `The check stopped: ${(key ? plain.split(key).join('[hidden]') : plain) || 'an unexpected error'}.`,
  );
  process.exitCode = 3;
}

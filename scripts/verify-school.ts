/**
 * `npm run verify-school`: asks a real school (NORTHPASS_API_KEY; NORTHPASS_API_URL to point
 * elsewhere) each question Northpass's documentation leaves open, and prints what it answered
 * and what that means for each operation. Read-only unless `--write` (see docs/verify-school.md).
 * The key is never printed.
 */
import { main } from './verify-school/main.ts';

process.exitCode = await main({ argv: process.argv.slice(2), env: process.env, signals: true });

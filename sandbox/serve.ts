/**
 * `npm run sandbox`: keeps a seeded sandbox running for `npx zapier-platform invoke`.
 * PORT picks the port (default 4010). Stop it with Ctrl-C.
 */
import { startSandbox, SANDBOX_API_KEY } from './server.ts';

const sandbox = await startSandbox({ port: Number(process.env.PORT ?? 4010) });
console.log(`Northpass sandbox listening at ${sandbox.url}

Put these lines in .env, then run for example:
  npx zapier-platform invoke auth test
  npx zapier-platform invoke create onboard_learner --non-interactive -i '{"email":"ada@example.com","groups":["Acme"]}'

NORTHPASS_API_URL=${sandbox.url}
authData_apiKey=${SANDBOX_API_KEY}

Controls (no key needed): GET ${sandbox.url}/_sandbox/state, GET /_sandbox/log,
POST /_sandbox/faults {"kind":"status","status":503,"count":2}, POST /_sandbox/switches {...},
POST /_sandbox/activate {"email":...}, POST /_sandbox/progress {"email":...,"course":...,"progress":100}`);

const stop = async () => {
  await sandbox.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

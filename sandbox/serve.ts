/**
 * `npm run sandbox`: keeps a seeded sandbox running for `npx zapier-platform invoke`.
 * PORT picks the port (default 4010); SANDBOX_LATENCY_MS delays every /v2/ answer (`300`, or
 * `100-500` for a random delay in that range). Stop it with Ctrl-C.
 */
import { startSandbox, SANDBOX_API_KEY } from './server.ts';
import { parseLatency } from './store/switches.ts';

const latency = process.env.SANDBOX_LATENCY_MS;
const sandbox = await startSandbox({
  port: Number(process.env.PORT ?? 4010),
  switches: latency ? { latencyMs: parseLatency(latency) } : {},
});
const { url } = sandbox;
console.log(`Northpass sandbox listening at ${url}${latency ? ` (latency ${latency} ms)` : ''}

Put these lines in .env, then run for example:
  npx zapier-platform invoke auth test
  npx zapier-platform invoke create onboard_learner --non-interactive -i '{"email":"ada@example.com","groups":["Acme"]}'

NORTHPASS_API_URL=${url}
authData_apiKey=${SANDBOX_API_KEY}

Controls at ${url} (no key needed; JSON bodies; a bad body answers 400):
  GET    /_sandbox/state            counts, switches and pending faults
  GET    /_sandbox/log              every /v2/ request: method, path, query, status, startedAt, endedAt
  POST   /_sandbox/reset            the seeded school, starting switches, no faults, empty log
  POST   /_sandbox/switches         {"listSort":false,"latencyMs":{"min":100,"max":500},...}
  POST   /_sandbox/faults           {"kind":"status","status":503,"count":2,
                                     "method":"POST","path":"/v2/groups/*/relationships/people"}
                                    path: a prefix, or with * for one segment the whole path
                                    kinds: status (title, detail, pointer), slow (delayMs), html (status),
                                    redirect (status, location), body (status, body, contentType)
  DELETE /_sandbox/faults           drops pending faults
  POST   /_sandbox/records          {"type":"people","attributes":{"email":null}} (raw, unchecked records)
  POST   /_sandbox/activate         {"email":"ada@example.com"}
  POST   /_sandbox/progress         {"email":...,"course":"Product Fundamentals","progress":100,"score":90}
                                    "expires_at":"2027-06-10T16:20:00Z" sets a completed course's certificate expiry
  POST   /_sandbox/path-enrollments {"email":...,"path":"Partner Certification Path"}
  POST   /_sandbox/path-progress    {"email":...,"path":...,"progress":50}
  POST   /_sandbox/webhooks         {"type":"course_completed_events","email":"grace@example.com",
                                     "course":"Product Fundamentals"}: the body Northpass would send and
                                    its X-Northpass-Hmac-SHA256 (secret "sandbox-webhook-secret"), for
                                    invoke create read_webhook_event
Every switch and fault kind is documented in sandbox/store/switches.ts and sandbox/store/faults.ts.`);

const stop = async () => {
  await sandbox.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

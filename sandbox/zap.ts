/**
 * A local Zap runner. A Zap is a JSON file: a trigger sample (what a form tool would send) and
 * steps that name an operation key and its inputs, with `{{trigger.field}}` or
 * `{{step_id.field}}` mappings. Each step runs through the app definition with Zapier's own
 * app tester (the middleware, error mapping and all), and the run stops at the first error
 * the way Zapier does. A halted step stops the run softly, as in Zapier.
 */
import { readFileSync } from 'node:fs';

import zapier, { type Bundle, type ZObject } from 'zapier-platform-core';

export interface ZapStep {
  id: string;
  operation: string;
  input: Record<string, unknown>;
}

export interface Zap {
  name: string;
  trigger: { app: string; event: string; sample: Record<string, unknown> };
  steps: ZapStep[];
}

export interface StepReport {
  id: string;
  operation: string;
  label: string;
  status: 'success' | 'halted' | 'error' | 'not run';
  /** One plain sentence: what happened. */
  outcome: string;
  output?: Record<string, unknown>;
}

type Perform = (z: ZObject, bundle: Bundle) => Promise<unknown>;

interface OperationDefinition {
  display: { label: string };
  operation: { perform: Perform };
}

export interface AppDefinition {
  triggers?: Record<string, unknown>;
  searches?: Record<string, unknown>;
  creates?: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const loadZap = (path: string | URL): Zap => JSON.parse(readFileSync(path, 'utf8')) as Zap;

const findOperation = (app: AppDefinition, key: string): OperationDefinition => {
  for (const kind of [app.creates, app.searches, app.triggers]) {
    const candidate = kind?.[key];
    if (isRecord(candidate) && isRecord(candidate.operation) && isRecord(candidate.display)) {
      return candidate as unknown as OperationDefinition;
    }
  }
  throw new Error(`The Zap names an operation the app does not have: ${key}`);
};

const MAPPING = /{{\s*([\w-]+)\.([\w-]+)\s*}}/g;

/** Fills `{{step.field}}` mappings; a value that is one whole mapping keeps its type (lists). */
export const fillMappings = (
  value: unknown,
  data: Record<string, Record<string, unknown>>,
): unknown => {
  if (Array.isArray(value)) return value.map((item) => fillMappings(item, data));
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillMappings(item, data)]),
    );
  }
  if (typeof value !== 'string') return value;
  const whole = /^{{\s*([\w-]+)\.([\w-]+)\s*}}$/.exec(value);
  if (whole) return data[whole[1] ?? '']?.[whole[2] ?? ''] ?? '';
  return value.replace(MAPPING, (_match, step: string, field: string) => {
    const mapped = data[step]?.[field];
    return Array.isArray(mapped)
      ? mapped.join(',')
      : typeof mapped === 'string' || typeof mapped === 'number' || typeof mapped === 'boolean'
        ? String(mapped)
        : '';
  });
};

/** What a Zap builder sees for an error: the message Zapier unpacks from core's error JSON. */
export const readableError = (error: unknown): { halted: boolean; message: string } => {
  if (!(error instanceof Error)) return { halted: false, message: String(error) };
  if (error.name === 'HaltedError') return { halted: true, message: error.message };
  try {
    const parsed: unknown = JSON.parse(error.message);
    if (isRecord(parsed) && typeof parsed.message === 'string') {
      return { halted: false, message: parsed.message };
    }
  } catch {
    // a plain message: shown as it is
  }
  return { halted: false, message: error.message };
};

const names = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value));

/** One sentence per operation, in the words the Zap history would use. */
const describers: Record<string, (output: Record<string, unknown>) => string> = {
  create_group: (o) =>
    `${o.outcome === 'created' ? 'Created' : 'Found the existing'} group "${String(o.name)}".`,
  add_course_to_group: (o) => `Group "${String(o.group_name)}" has ${names(o.course_names)}.`,
  create_learner: (o) =>
    o.outcome === 'created'
      ? `Created learner ${String(o.email)}; Northpass emailed them an invitation.`
      : `Found the existing learner ${String(o.email)} (no duplicate, no new invitation).`,
  add_learner_to_group: (o) => `${String(o.email)} is in ${names(o.group_names)}.`,
  remove_learner_from_group: (o) => `${String(o.email)} is not in ${names(o.group_names)}.`,
  resend_invitation: (o) => `Resent the invitation to ${String(o.email)}.`,
  onboard_learner: (o) => String(o.summary),
  update_learner: (o) => `Learner ${String(o.email)} is up to date.`,
};

const describe = (operation: string, output: unknown): string => {
  if (Array.isArray(output)) {
    return output.length === 0 ? 'Found nothing.' : `Found ${output.length} result(s).`;
  }
  if (!isRecord(output)) return 'Done.';
  return describers[operation]?.(output) ?? 'Done.';
};

/** Runs a Zap's steps in order against the app; stops at the first error or halt. */
export const runZap = async (
  app: AppDefinition,
  zap: Zap,
  {
    apiKey,
    onStep = () => undefined,
  }: { apiKey: string; onStep?: (report: StepReport) => void | Promise<void> },
): Promise<StepReport[]> => {
  const appTester = zapier.createAppTester(app);
  const data: Record<string, Record<string, unknown>> = { trigger: zap.trigger.sample };
  const reports: StepReport[] = [];
  let stopped = false;
  for (const step of zap.steps) {
    const definition = findOperation(app, step.operation);
    const base = { id: step.id, operation: step.operation, label: definition.display.label };
    if (stopped) {
      reports.push({
        ...base,
        status: 'not run',
        outcome: 'Not run: an earlier step stopped the Zap.',
      });
      continue;
    }
    let report: StepReport;
    try {
      const inputData = fillMappings(step.input, data);
      const result = await appTester<unknown, Bundle>(definition.operation.perform, {
        authData: { apiKey },
        inputData: isRecord(inputData) ? inputData : {},
      });
      // a search answers with a list; later steps map its first result, as in Zapier
      const output: unknown = Array.isArray(result) ? (result as unknown[])[0] : result;
      data[step.id] = isRecord(output) ? output : {};
      report = {
        ...base,
        status: 'success',
        outcome: describe(step.operation, result),
        ...(isRecord(output) ? { output } : {}),
      };
    } catch (error) {
      const { halted, message } = readableError(error);
      stopped = true;
      report = { ...base, status: halted ? 'halted' : 'error', outcome: message };
    }
    reports.push(report);
    await onStep(report);
  }
  return reports;
};

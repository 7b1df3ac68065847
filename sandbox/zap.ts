/**
 * A local Zap runner. Each step of a Zap file (see zap-file.ts) runs through the app definition
 * with Zapier's own app tester (the middleware, error mapping and all), the way Zapier runs it:
 * a search's first result is what later steps map, a search-or-create creates when nothing is
 * found, a filter stops the Zap quietly, and the first error or halt stops the rest.
 */
import zapier, { type Bundle, type ZObject } from 'zapier-platform-core';

import { isFilter, isOtherApp, ZapFileError, type FilterStep, type Zap } from './zap-file.ts';
import { fillMappings } from './zap-mapping.ts';

export { loadZap, ZapFileError, type Zap } from './zap-file.ts';
export { fillMappings } from './zap-mapping.ts';

export interface StepReport {
  id: string;
  /** The operation's label (or "Filter"), as the Zap editor shows it. */
  label: string;
  operation?: string;
  status: 'success' | 'halted' | 'error' | 'filtered' | 'not run';
  /** Why it halted, failed, filtered the Zap out or did not run. */
  message?: string;
  /** What later steps can map: the record, or a search's first result. */
  output?: Record<string, unknown>;
  /** A search-or-create that found nothing and created the record. */
  created?: boolean;
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
  searchOrCreates?: Record<string, { create: string }>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const operationIn = (kind: Record<string, unknown> | undefined, key: string) => {
  const candidate = kind?.[key];
  return isRecord(candidate) && isRecord(candidate.operation) && isRecord(candidate.display)
    ? (candidate as unknown as OperationDefinition)
    : undefined;
};

/** The steps' operations, checked against the app before anything runs. */
const operationsOf = (app: AppDefinition, zap: Zap) =>
  new Map(
    zap.steps.flatMap((step) => {
      if (isFilter(step) || isOtherApp(step)) return [];
      const action = operationIn(app.creates, step.operation);
      const search = operationIn(app.searches, step.operation);
      const definition = action ?? search;
      if (!definition) {
        const known = [...Object.keys(app.creates ?? {}), ...Object.keys(app.searches ?? {})];
        throw new ZapFileError(
          `Step "${step.id}": the app has no action or search "${step.operation}" (it has ${known.join(', ')}).`,
        );
      }
      const create = step.create_if_not_found
        ? app.searchOrCreates?.[step.operation]?.create
        : undefined;
      if (step.create_if_not_found && !create) {
        throw new ZapFileError(
          `Step "${step.id}": "${step.operation}" has no create to pair with (create_if_not_found).`,
        );
      }
      return [
        [
          step.id,
          {
            definition,
            search: Boolean(search),
            create: create && operationIn(app.creates, create),
          },
        ] as const,
      ];
    }),
  );

const filledInput = (
  step: { id: string; input: Record<string, unknown> },
  data: Record<string, Record<string, unknown>>,
) =>
  Object.fromEntries(
    Object.entries(step.input).map(([field, value]) => [
      field,
      fillMappings(value, data, { step: step.id, field }),
    ]),
  );

/** Whether a filter lets the Zap go on, with the sentence Zapier's history would show if not. */
const passes = (step: FilterStep, data: Record<string, Record<string, unknown>>) => {
  const value = String(fillMappings(step.filter.value, data, { step: step.id, field: 'value' }));
  const { equals, contains, exists } = step.filter;
  const ok =
    (equals === undefined || value === equals) &&
    (contains === undefined || value.toLowerCase().includes(contains.toLowerCase())) &&
    (exists === undefined || (value.trim() !== '') === exists);
  return ok ? undefined : `Stopped by the filter: "${value}" does not pass.`;
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

const OTHER_APP = 'Another app: not run here. What it would receive:';
const NOTHING_FOUND = 'Nothing found: Zapier stops the Zap here (unless the step is set to go on).';

/** Runs a Zap's steps in order against the app; stops at the first error, halt or filter. */
export const runZap = async (
  app: AppDefinition,
  zap: Zap,
  {
    apiKey,
    onStep = () => undefined,
  }: { apiKey: string; onStep?: (report: StepReport) => void | Promise<void> },
): Promise<StepReport[]> => {
  const operations = operationsOf(app, zap);
  const appTester = zapier.createAppTester(app);
  const perform = (definition: OperationDefinition, inputData: Record<string, unknown>) =>
    appTester<unknown, Bundle>(definition.operation.perform, { authData: { apiKey }, inputData });
  const data: Record<string, Record<string, unknown>> = { trigger: zap.trigger.sample };
  const reports: StepReport[] = [];
  let stop: string | undefined;
  for (const step of zap.steps) {
    const found = operations.get(step.id);
    const base = {
      id: step.id,
      label: isOtherApp(step)
        ? `${step.app} ${step.action}`
        : (found?.definition.display.label ?? 'Filter'),
      ...('operation' in step ? { operation: step.operation } : {}),
    };
    let report: StepReport;
    if (stop) {
      report = { ...base, status: 'not run', message: stop };
    } else if (isOtherApp(step)) {
      report = { ...base, status: 'success', message: OTHER_APP, output: filledInput(step, data) };
    } else if (isFilter(step)) {
      const stopped = passes(step, data);
      report = {
        ...base,
        status: stopped ? 'filtered' : 'success',
        ...(stopped ? { message: stopped } : {}),
      };
      if (stopped) stop = 'Not run: the filter stopped the Zap.';
    } else {
      if (!found) throw new ZapFileError(`Step "${step.id}" has no operation.`);
      try {
        const input = filledInput(step, data);
        const result = await perform(found.definition, input);
        let output: unknown = Array.isArray(result) ? (result as unknown[])[0] : result;
        let created = false;
        if (output === undefined && found.create) {
          output = await perform(found.create, input);
          created = true;
        }
        if (output === undefined && found.search) {
          // what Zapier does by default when a search finds nothing: the Zap stops here
          stop = 'Not run: the search before it found nothing.';
          report = { ...base, status: 'halted', message: NOTHING_FOUND };
        } else {
          data[step.id] = isRecord(output) ? output : {};
          report = {
            ...base,
            status: 'success',
            ...(isRecord(output) ? { output } : {}),
            ...(found.create ? { created } : {}),
          };
        }
      } catch (error) {
        if (error instanceof ZapFileError) throw error;
        const { halted, message } = readableError(error);
        stop = 'Not run: an earlier step stopped the Zap.';
        report = { ...base, status: halted ? 'halted' : 'error', message };
      }
    }
    reports.push(report);
    await onStep(report);
  }
  return reports;
};

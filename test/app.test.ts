import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from '@jest/globals';

import type * as zod from 'zod/mini';

import App from '../index.js';
import {
  acmeGroupOutput,
  adaLearnerOutput,
  fundamentalsCourseOutput,
  graceLearnerOutput,
} from './fixtures/outputs.js';
import { courseChoiceOutputSchema, courseOutputSchema } from '../src/resources/courses/output.js';
import {
  completionOutputSchema,
  pathCompletionOutputSchema,
} from '../src/resources/enrollments/output.js';
import { stalledOutputSchema } from '../src/resources/enrollments/stalled.js';
import { learningPathOutputSchema } from '../src/resources/learning-paths/output.js';
import {
  expiringCertificateOutputSchema,
  progressOutputSchema,
} from '../src/resources/transcripts/output.js';
import { trainingSummaryOutputSchema } from '../src/resources/transcripts/summary.js';
import { courseAssignmentOutputSchema } from '../src/resources/groups/assignment.js';
import {
  createdGroupOutputSchema,
  groupChoiceOutputSchema,
  groupOutputSchema,
} from '../src/resources/groups/output.js';
import {
  invitationOutputSchema,
  learnerOutputSchema,
  offboardingOutputSchema,
} from '../src/resources/people/output.js';
import {
  addedMembershipOutputSchema,
  updatedLearnerOutputSchema,
} from '../src/resources/people/changes-output.js';
import { learnerRemovalOutputSchema } from '../src/resources/people/removal.js';
import { webhookEventOutputSchema } from '../src/resources/webhooks/output.js';
import {
  createdLearnerWithGroupsOutputSchema,
  learnerWithGroupsOutputSchema,
  onboardingWithGroupsOutputSchema,
} from '../src/resources/people/learner-groups.js';
import { bulkOnboardingOutputSchema } from '../src/resources/people/bulk-output.js';

/** The keys published in ../shared/interface.md: permanent once a Zap stores them. */
const contract = {
  triggers: [
    'new_learner',
    'new_group',
    'new_course',
    'new_course_completion',
    'group_list',
    'course_list',
    'learner_list',
    'new_course_enrollment',
    'new_learning_path_completion',
    'learning_path_list',
    'new_stalled_learner',
    'new_certificate_expiring',
  ],
  searches: [
    'find_group',
    'find_course',
    'find_learner',
    'find_learner_progress',
    'find_learning_path',
    'find_learner_training_summary',
  ],
  creates: [
    'create_group',
    'add_course_to_group',
    'create_learner',
    'add_learner_to_group',
    'resend_invitation',
    'onboard_learner',
    'remove_learner_from_group',
    'update_learner',
    'offboard_learner',
    'read_webhook_event',
    'onboard_learners',
  ],
};

interface Field {
  key: string;
  label?: string;
  dynamic?: string;
}
interface Operation {
  key: string;
  noun: string;
  display: { label: string; description: string; hidden?: boolean };
  operation: { sample?: Record<string, unknown>; outputFields?: Field[]; inputFields?: unknown[] };
}
type Kind = keyof typeof contract;

const operations = (kind: Kind): [string, Operation][] =>
  Object.entries(App[kind] as Record<string, Operation>);
/** The outputs the operation tests expect, shared across them. */
const expectedOutputs: Record<string, unknown>[] = [
  acmeGroupOutput,
  adaLearnerOutput,
  fundamentalsCourseOutput,
  graceLearnerOutput,
];

const all = (['triggers', 'searches', 'creates'] as const).flatMap((kind) =>
  operations(kind).map(([key, op]) => ({ kind, key, op })),
);
const visible = all.filter(({ op }) => !op.display.hidden);

/** The output schema every operation's records (and so its sample) must parse with. */
const outputSchemas: Record<string, zod.ZodMiniType> = {
  new_learner: learnerWithGroupsOutputSchema,
  new_group: groupOutputSchema,
  new_course: courseOutputSchema,
  new_course_completion: completionOutputSchema,
  group_list: groupChoiceOutputSchema,
  course_list: courseChoiceOutputSchema,
  learner_list: learnerOutputSchema,
  find_group: groupOutputSchema,
  find_course: courseOutputSchema,
  find_learner: learnerWithGroupsOutputSchema,
  create_group: createdGroupOutputSchema,
  add_course_to_group: courseAssignmentOutputSchema,
  create_learner: createdLearnerWithGroupsOutputSchema,
  add_learner_to_group: addedMembershipOutputSchema,
  resend_invitation: invitationOutputSchema,
  onboard_learner: onboardingWithGroupsOutputSchema,
  remove_learner_from_group: learnerRemovalOutputSchema,
  update_learner: updatedLearnerOutputSchema,
  offboard_learner: offboardingOutputSchema,
  new_course_enrollment: completionOutputSchema,
  new_learning_path_completion: pathCompletionOutputSchema,
  learning_path_list: learningPathOutputSchema,
  find_learning_path: learningPathOutputSchema,
  find_learner_progress: progressOutputSchema,
  new_stalled_learner: stalledOutputSchema,
  read_webhook_event: webhookEventOutputSchema,
  find_learner_training_summary: trainingSummaryOutputSchema,
  new_certificate_expiring: expiringCertificateOutputSchema,
  onboard_learners: bulkOnboardingOutputSchema,
};

describe('app definition', () => {
  it.each(all.map(({ key, op }) => [key, op] as const))(
    '%s has a sample that parses with its output schema, every field present',
    (key, op) => {
      const schema = outputSchemas[key];
      expect(schema).toBeDefined();
      const parsed = schema?.safeParse(op.operation.sample);
      expect(parsed?.success).toBe(true);
      expect(parsed?.data).toEqual(op.operation.sample);
    },
  );

  it.each(all.map(({ key, op }) => [key, op] as const))(
    '%s has a sample that differs from every answer the tests expect',
    (_key, op) => {
      // a perform that returned its sample would otherwise pass those tests
      const sample = op.operation.sample as Record<string, unknown>;
      for (const expected of expectedOutputs) {
        const shared = Object.keys(expected).filter((field) => field in sample);
        if (shared.length === 0) continue;
        expect(
          shared.every(
            (field) => JSON.stringify(sample[field]) === JSON.stringify(expected[field]),
          ),
        ).toBe(false);
      }
    },
  );

  it('takes its version from package.json, so the two never drift', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as {
      version: string;
    };
    expect(App.version).toBe(manifest.version);
  });

  it.each(['triggers', 'searches', 'creates'] as const)(
    'has exactly the %s the contract names, each defined in a file of the same name and done in its .perform file',
    (kind) => {
      const keys = operations(kind).map(([key]) => key);
      expect([...keys].sort()).toEqual([...contract[kind]].sort());
      const files = readdirSync(new URL(`../src/${kind}/`, import.meta.url));
      expect(files.sort()).toEqual(
        keys.flatMap((key) => [`${key}.perform.ts`, `${key}.ts`]).sort(),
      );
      for (const [key, op] of operations(kind)) {
        expect(op.key).toBe(key);
        expect(key).toMatch(/^[a-z]+(_[a-z]+)*$/);
      }
    },
  );

  it.each(visible.map(({ kind, key, op }) => [kind, key, op] as const))(
    '%s %s has a noun, a Title Case label, a one-sentence description and a sample',
    (kind, _key, op) => {
      expect(op.noun).toMatch(/^[A-Z]/);
      expect(op.display.label).toMatch(/^([A-Z][a-z]*)( (to|from|[A-Z][a-z]*))*$/);
      expect(op.display.description).toMatch(/^[A-Z].*\.$/);
      if (kind === 'triggers') expect(op.display.description).toMatch(/^Triggers when /);
      expect(op.operation.sample).toBeDefined();
    },
  );

  it.each(all.map(({ kind, key, op }) => [kind, key, op] as const))(
    '%s %s labels every output field and its sample has exactly those fields',
    (_kind, _key, op) => {
      const fields = op.operation.outputFields ?? [];
      for (const field of fields) expect(field.label).toEqual(expect.any(String));
      expect(Object.keys(op.operation.sample ?? {}).sort()).toEqual(
        fields.map((field) => field.key).sort(),
      );
    },
  );

  it.each(all.map(({ kind, key, op }) => [kind, key, op] as const))(
    '%s %s asks for required inputs before optional ones',
    (_kind, _key, op) => {
      const required = (op.operation.inputFields ?? []).map(
        (field) => (field as { required?: boolean }).required === true,
      );
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    },
  );

  it.each(
    all
      .filter(({ kind }) => kind === 'creates')
      .flatMap(({ key, op }) =>
        (op.operation.inputFields ?? []).flatMap((field) => {
          const {
            key: fieldKey,
            list,
            search,
          } = field as Field & { list?: boolean; search?: string };
          const finder = { learner: 'find_learner', group: 'find_group', course: 'find_course' }[
            fieldKey as 'learner' | 'group' | 'course'
          ];
          return finder && !list ? [[key, fieldKey, search, finder] as const] : [];
        }),
      ),
  )('%s offers "Add a Search Step" on its %s field', (_key, _field, search, finder) => {
    expect(search).toBe(`${finder}.id`);
  });

  it('links the API key help to where the key is found', () => {
    const [field] = (App.authentication?.fields ?? []) as { helpText?: string }[];
    expect(field?.helpText).toMatch(/\[[^\]]+\]\(https:\/\/[^)]+\)/);
  });

  it('points every dynamic field at a registered hidden trigger', () => {
    const hidden = new Set(
      operations('triggers')
        .filter(([, op]) => op.display.hidden)
        .map(([key]) => key),
    );
    const dynamic = all.flatMap(({ op }) =>
      (op.operation.inputFields ?? []).flatMap((field) =>
        typeof field === 'object' && field !== null && 'dynamic' in field
          ? [String((field as Field).dynamic)]
          : [],
      ),
    );
    expect(dynamic.length).toBeGreaterThan(0);
    for (const reference of dynamic) {
      const [trigger, id, label] = reference.split('.');
      expect(hidden.has(String(trigger))).toBe(true);
      expect(id).toBe('id');
      const labels: Record<string, string> = {
        learner_list: 'email',
        group_list: 'label',
        course_list: 'label',
      };
      expect(label).toBe(labels[String(trigger)] ?? 'name');
    }
  });

  it('pairs each search-or-create with a search and create that share input keys', () => {
    const pairs = Object.values(App.searchOrCreates ?? {});
    expect(pairs.map((pair) => [pair.search, pair.create])).toEqual([
      ['find_group', 'create_group'],
      ['find_learner', 'create_learner'],
    ]);
  });

  it('keeps the API key field as a labelled password', () => {
    expect(App.authentication?.fields).toEqual([
      expect.objectContaining({
        key: 'apiKey',
        label: 'API Key',
        type: 'password',
        required: true,
      }),
    ]);
  });
});

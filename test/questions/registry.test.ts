import { readFileSync } from 'node:fs';

import { describe, expect, it } from '@jest/globals';

import App from '../../index.js';
import {
  defaultSwitches,
  environmentSwitches,
  switchesSchema,
} from '../../sandbox/store/switches.ts';
import { DOC_PATH, tableRows } from '../../scripts/open-questions/doc.js';
import { driftProblems, type DriftInputs } from '../../scripts/open-questions/drift.js';
import { probeQuestions } from '../../scripts/verify-school/probes.js';
import { behaviour } from '../../src/client/behaviour.js';
import { questions, type Question } from '../../src/questions/index.js';
import { positionGroups } from '../sandbox/positions.js';

const registry: readonly Question[] = questions;

const real = (): DriftInputs => ({
  switches: { ...defaultSwitches },
  environment: environmentSwitches,
  schema: switchesSchema.properties as DriftInputs['schema'],
  positions: positionGroups,
  probes: { ...probeQuestions },
  docsRows: tableRows(readFileSync(DOC_PATH, 'utf8')),
  operations: [App.triggers, App.searches, App.creates].flatMap((kind) => Object.keys(kind)),
});

describe('the registry of open questions', () => {
  it('agrees with the sandbox, the positions, verify-school, the docs and the app', () => {
    expect(driftProblems(registry, real())).toEqual([]);
  });

  it('gives every fact a question, and every question a probe and a docs row', () => {
    expect(registry.flatMap((question) => (question.fact ? [question.fact.key] : []))).toEqual(
      expect.arrayContaining([
        'personUpdateVerb',
        'refusedParams',
        'nameSearch',
        'idFilter',
        'sortHonoured',
        'recordListsGroups',
        'emailFilter',
        'onePage',
      ]),
    );
    expect(new Set(Object.values(probeQuestions))).toEqual(new Set(registry.map((q) => q.id)));
  });

  it('plays every status the app accepts as "already so" (and "not a member")', () => {
    const settings = registry.flatMap((question) =>
      question.alternatives.flatMap((alternative) => Object.entries(alternative.switches)),
    );
    const statuses = (names: string[]) =>
      new Set(
        settings.flatMap(([name, value]) =>
          names.includes(name) && typeof value === 'string' && value.startsWith('reject-')
            ? [Number(value.slice(7))]
            : [],
        ),
      );
    const duplicates = ['duplicateEmail', 'duplicateGroupName', 'duplicateMembership'];
    expect(statuses([...duplicates, 'duplicateCourseAssignment'])).toEqual(
      new Set(behaviour.duplicateStatuses),
    );
    expect(statuses(['nonMemberRemoval'])).toEqual(new Set(behaviour.notMemberStatuses));
  });
});

describe('the drift check', () => {
  it('finds a switch the sandbox lost', () => {
    const inputs = real();
    const switches: Record<string, unknown> = { ...defaultSwitches };
    delete switches.nonMemberRemoval;
    expect(driftProblems(registry, { ...inputs, switches })).toEqual([
      'remove-non-member owns nonMemberRemoval, which the sandbox does not have',
      'remove-non-member: "removing a non-member refused with 404" sets nonMemberRemoval, which the sandbox does not have',
      'remove-non-member: "removing a non-member refused with 409" sets nonMemberRemoval, which the sandbox does not have',
      'remove-non-member: "removing a non-member refused with 422" sets nonMemberRemoval, which the sandbox does not have',
    ]);
  });

  it('finds a switch no question owns, and a setting the sandbox refuses', () => {
    const inputs = real();
    const schema = {
      ...inputs.schema,
      duplicateMembership: { enum: ['silent', 'reject-422'] },
    };
    expect(
      driftProblems(registry, {
        ...inputs,
        switches: { ...inputs.switches, brandNewSwitch: true },
        schema,
      }),
    ).toEqual([
      'switch brandNewSwitch belongs to no question',
      'duplicate-membership: "adding a member twice refused with 409" sets duplicateMembership to "reject-409", which the sandbox does not accept',
    ]);
  });

  it('finds a probe verify-school lost, or one answering another question', () => {
    const probes: Record<string, string> = { ...probeQuestions };
    delete probes['update-verb'];
    expect(
      driftProblems(registry, { ...real(), probes: { ...probes, paging: 'enrollments' } }),
    ).toEqual([
      'update-verb: verify-school has no probe update-verb',
      'paging: probe paging answers enrollments instead',
    ]);
  });

  it('finds a docs row removed, and a question in no positions group', () => {
    const inputs = real();
    const positions: Record<string, readonly string[]> = { ...positionGroups };
    delete positions.listSort;
    expect(
      driftProblems(registry, {
        ...inputs,
        positions,
        docsRows: inputs.docsRows.filter((row) => !row.includes('(`invitation-path`)')),
      }),
    ).toEqual([
      'list-sort is in no positions group',
      'invitation-path has no row in docs/open-questions.md',
    ]);
  });

  it('finds an owned switch no alternative plays, and an unknown operation', () => {
    const [first, ...rest] = registry;
    if (!first) throw new Error('empty registry');
    const changed: Question = {
      ...first,
      owns: [...first.owns, 'inPredicate'],
      operations: { ...first.operations, keys: ['find_nothing'] },
    };
    expect(driftProblems([changed, ...rest], real())).toEqual([
      'switch inPredicate belongs to name-search and ids-filter',
      'name-search owns inPredicate, but none of its alternatives sets it',
      'name-search affects find_nothing, which is no operation',
    ]);
  });
});

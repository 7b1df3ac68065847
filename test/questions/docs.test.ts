import { readFileSync } from 'node:fs';

import { expect, it } from '@jest/globals';

import { DOC_PATH, openQuestionsDoc } from '../../scripts/open-questions/doc.js';
import { questions } from '../../src/questions/index.js';

it('docs/open-questions.md is the text made from the registry (npm run docs:questions)', async () => {
  expect(readFileSync(DOC_PATH, 'utf8')).toBe(await openQuestionsDoc(questions));
});

/**
 * `npm run docs:questions`: writes docs/open-questions.md from the registry of open questions
 * (src/questions/). A unit test fails while the file and the registry differ.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import { questions } from '../src/questions/index.ts';
import { DOC_PATH, openQuestionsDoc } from './open-questions/doc.ts';

await mkdir(dirname(DOC_PATH), { recursive: true });
await writeFile(DOC_PATH, await openQuestionsDoc(questions));
console.log(`Wrote ${DOC_PATH} (${questions.length} questions).`);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { house: { rules: { 'imports-first': importsFirst() } } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'house/imports-first': 'error',
    },
  },
  {
    files: ['*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  // One concern a file: app sources stay under 250 lines, the sandbox's under 300.
  { files: ['src/**/*.ts', 'index.ts'], rules: { 'max-lines': ['error', { max: 249 }] } },
  { files: ['sandbox/**/*.ts'], rules: { 'max-lines': ['error', { max: 300 }] } },
  // Imports flow one way: operations -> flows -> resources -> client -> questions -> lib
  // (docs/architecture.md).
  ...layers([
    {
      files: ['index.ts'],
      forbid: ['./sandbox/*', './test/*', './scripts/*', './src/questions/*'],
      why: 'the app definition imports only from ./src',
    },
    {
      files: ['src/creates/*.ts', 'src/searches/*.ts', 'src/triggers/*.ts'],
      forbid: ['../client/*', '../questions/*', '../creates/*', '../searches/*', '../triggers/*'],
      why: 'operations use flows, resources and lib only',
    },
    {
      files: ['src/flows/*.ts'],
      forbid: ['../creates/*', '../searches/*', '../triggers/*'],
      why: 'flows (onboarding, offboarding) never import operations',
    },
    {
      files: ['src/resources/**/*.ts'],
      forbid: ['**/creates/*', '**/searches/*', '**/triggers/*', '**/flows/*'],
      why: 'resources never import flows or operations',
    },
    {
      files: ['src/client/*.ts'],
      forbid: ['../resources/*', '../flows/*', '../creates/*', '../searches/*', '../triggers/*'],
      why: 'the client knows nothing of resources, flows or operations',
    },
    {
      files: ['src/questions/*.ts'],
      forbid: ['../*', '!../lib/*'],
      why: 'the open questions are data: they import only zod and lib (client and resources import them)',
    },
    {
      files: ['src/lib/*.ts'],
      forbid: ['../*'],
      why: 'lib knows nothing of Northpass: it imports only other lib helpers',
    },
  ]),
);

/** One `no-restricted-imports` rule per layer, plus the app never importing dev-only code. */
function layers(rules) {
  const devOnly = ['**/sandbox/*', '**/test/*', '**/scripts/*'];
  return rules.map(({ files, forbid, why }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: forbid, message: `Layering: ${why}.` },
            ...(files[0] === 'index.ts'
              ? []
              : [{ group: devOnly, message: 'The app never imports dev-only code.' }]),
          ],
        },
      ],
    },
  }));
}

/**
 * `import/first` in a dozen lines: every import at the top of the file, before any other
 * statement, so a reader sees a file's dependencies in one place. eslint-plugin-import-x has the
 * rule, but brings a native resolver and a dozen packages for this one check.
 */
function importsFirst() {
  return {
    meta: {
      type: 'suggestion',
      messages: { first: 'Put every import at the top of the file, before any other statement.' },
      schema: [],
    },
    create: (context) => ({
      Program(program) {
        let code = false;
        for (const statement of program.body) {
          if (statement.type !== 'ImportDeclaration') code = true;
          else if (code) context.report({ node: statement, messageId: 'first' });
        }
      },
    }),
  };
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

import { describe, expect, it } from '@jest/globals';

const root = resolve(import.meta.dirname, '..');

/** README.md and every markdown file in docs/, as paths relative to the repository. */
const documents = (): string[] => [
  'README.md',
  ...(existsSync(resolve(root, 'docs'))
    ? readdirSync(resolve(root, 'docs'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => `docs/${name}`)
    : []),
];

/** Markdown without fenced code blocks and inline code, where brackets are not links. */
const prose = (markdown: string): string =>
  markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

interface Link {
  text: string;
  target: string;
}

/** Inline links and images `[text](target)`, and reference definitions `[text]: target`. */
const linksIn = (markdown: string): Link[] => {
  const text = prose(markdown);
  const inline = [...text.matchAll(/!?\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)];
  const references = [...text.matchAll(/^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s|$)/gm)];
  return [...inline, ...references].map((match) => ({
    text: match[1] ?? '',
    target: match[2] ?? '',
  }));
};

const external = (target: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(target);

/** Why each relative link in a document at `from` (relative to `base`) is broken; [] when none is. */
const brokenLinks = (markdown: string, from: string, base = root): string[] =>
  linksIn(markdown).flatMap(({ text, target }) => {
    if (text.includes('../shared') || target.includes('../shared'))
      return [`${from}: [${text}](${target}) points into ../shared`];
    if (external(target) || target.startsWith('#')) return [];
    const path = decodeURIComponent(target.split('#')[0] ?? '');
    const absolute = resolve(base, dirname(from), path);
    const inRepo = relative(base, absolute);
    if (inRepo.startsWith('..') || absolute === base || !absolute.startsWith(base + sep))
      return [`${from}: ${target} points outside the repository`];
    if (existsSync(absolute)) return [];
    return [`${from}: ${target} names no file`];
  });

const read = (path: string): string => readFileSync(resolve(root, path), 'utf8');

describe('the documents', () => {
  it('keep the README short: at most 180 lines', () => {
    expect(read('README.md').trimEnd().split('\n').length).toBeLessThanOrEqual(180);
  });

  it('open the README with the two commands', () => {
    const opening = read('README.md').split('\n').slice(0, 6).join('\n');
    expect(opening).toMatch(
      /^# .+\n\n```sh\nnpm ci && npm start +# .+\nnpm ci && npm test +# .+\n```/,
    );
  });

  it('link only to files inside the repository', () => {
    const docs = documents();
    expect(docs).toContain('docs/architecture.md');
    expect(docs.flatMap((path) => brokenLinks(read(path), path))).toEqual([]);
  });

  it('say nothing of ../shared, which is outside the repository', () => {
    for (const path of documents()) expect(read(path)).not.toContain('../shared');
  });

  it('find the links a checker must find', () => {
    expect(
      linksIn(
        '[a](docs/x.md) ![b](c.png "t") `[no](code.md)`\n```\n[no](fenced.md)\n```\n[r]: r.md',
      ),
    ).toEqual([
      { text: 'a', target: 'docs/x.md' },
      { text: 'b', target: 'c.png' },
      { text: 'r', target: 'r.md' },
    ]);
  });

  it('catch a missing file, a link out of the repository and a link into ../shared', () => {
    const sample = [
      '[ok](../CHANGELOG.md) [section](#known-limits) [web](https://help.zapier.com)',
      '[pending](open-questions.md) [code](../src/lib/fields.ts#L1) [folder](../examples/)',
      '[gone](no-such-file.md) [out](../../outside.md) [style](../shared/style.md)',
      '[root](..) [shared text ../shared](sandbox.md)',
    ].join('\n');
    expect(brokenLinks(sample, 'docs/sample.md')).toEqual([
      'docs/sample.md: no-such-file.md names no file',
      'docs/sample.md: ../../outside.md points outside the repository',
      'docs/sample.md: [style](../shared/style.md) points into ../shared',
      'docs/sample.md: .. points outside the repository',
      'docs/sample.md: [shared text ../shared](sandbox.md) points into ../shared',
    ]);
  });
});

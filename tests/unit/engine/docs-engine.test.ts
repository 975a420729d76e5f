import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocsEngine } from '../../../src/integrations/engine/docs-engine.ts';
import { readRenderedHtml } from '../../../src/lib/render/render-store.ts';
import { makeProject } from '../refs/temp-project.ts';

const page = (title: string, pageId: string, body: string, labels = '') =>
  `---\ntitle: ${title}\ndescription: d\npageId: ${pageId}\n${labels}---\n\n${body}\n`;

const project = makeProject({
  'content/versions.yaml': 'versions:\n  - id: latest\n    label: Latest\n    status: current\n',
  'content/docs/latest/index.mdx': page('Home', 'home', 'See :ref{to="target-section"}.'),
  'content/docs/latest/target.mdx': page('Target', 'target', '::label{name="target-section"}\n\n## Target section'),
  'content/docs/latest/with-partial.mdx': page('With partial', 'with-partial', '::include{src="note"}'),
  'content/docs/latest/with-table.mdx': page('With table', 'with-table', '::table{src="packages"}'),
  'content/docs/latest/plain.mdx': page('Plain', 'plain', 'Nothing to resolve.'),
  'content/partials/latest/note.md': 'A partial.\n',
  'content/data/latest/tables/packages.yaml': [
    'kind: packages',
    'caption: Packages',
    'headers: { name: Name, formats: Formats, description: Description, instances: Instances }',
    'rows:',
    '  - { name: neuronx-cc, formats: [whl], description: Compiler, instances: [Trn1] }',
  ].join('\n'),
});
const cacheDir = join(project.root, 'cache');
afterAll(() => project.remove());

/** A build's view: a fresh engine over the same project and cache, as each `astro build` has. */
async function build() {
  const engine = new DocsEngine({ root: project.root, cacheDir, threads: 1 });
  const site = await engine.site();
  const html = (slug: string) => {
    const found = site.pages.find((p) => p.slug === slug);
    if (!found) throw new Error(`no page ${slug}`);
    return readRenderedHtml(engine.renderDir, found.render.key);
  };
  return { site, html, keys: new Map(site.pages.map((p) => [p.slug, p.render.key])) };
}

function edit(path: string, change: (text: string) => string) {
  const file = join(project.root, path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('the render cache', () => {
  let first: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    first = await build();
  });

  it('renders every page the first time, without problems', () => {
    expect(first.site.problems).toEqual([]);
    expect(first.site.rendered).toBe(5);
    expect(first.html('index')).toContain('>Target section</a>');
  });

  it('reuses every page when nothing changed', async () => {
    const again = await build();
    expect(again.site.rendered).toBe(0);
    expect(again.keys).toEqual(first.keys);
  });

  it('renders a page again when a label title it prints changes on another page', async () => {
    edit('content/docs/latest/target.mdx', (text) => text.replace('## Target section', '## Renamed section'));
    const next = await build();
    // The page itself and the page whose reference shows the title; nothing else.
    expect(next.site.rendered).toBe(2);
    expect(next.html('index')).toContain('>Renamed section</a>');
    expect(next.keys.get('plain')).toBe(first.keys.get('plain'));
  });

  it('renders a page again when its partial changes', async () => {
    edit('content/partials/latest/note.md', () => 'An edited partial.\n');
    const next = await build();
    expect(next.site.rendered).toBe(1);
    expect(next.html('with-partial')).toContain('An edited partial.');
  });

  it('renders a page again when its table data changes', async () => {
    edit('content/data/latest/tables/packages.yaml', (text) => text.replace('Compiler', 'Edited compiler'));
    const next = await build();
    expect(next.site.rendered).toBe(1);
    expect(next.html('with-table')).toContain('Edited compiler');
  });

  it('renders a page again when its own text changes', async () => {
    edit('content/docs/latest/plain.mdx', (text) => text.replace('Nothing to resolve.', 'Edited text.'));
    const next = await build();
    expect(next.site.rendered).toBe(1);
    expect(next.html('plain')).toContain('Edited text.');
  });
});

describe('rendering in worker threads', () => {
  const many = makeProject({
    'content/versions.yaml': 'versions:\n  - id: latest\n    label: Latest\n    status: current\n',
    'content/partials/latest/note.md': ':::note\nShared note with :ref{to="page-0"}.\n:::\n',
    ...Object.fromEntries(
      Array.from({ length: 60 }, (_, n) => [
        `content/docs/latest/p${n}.mdx`,
        page(
          `Page ${n}`,
          `p${n}`,
          `## Part ${n}\n\nSee :ref{to="page-${(n + 1) % 60}"}.\n\n::include{src="note"}\n\n\`\`\`bash\necho ${n % 3}\n\`\`\``,
          `labels: [page-${n}]\n`,
        ),
      ]),
    ),
  });
  afterAll(() => many.remove());

  it('gives the same pages as rendering in one thread', async () => {
    const render = async (threads: number) => {
      const engine = new DocsEngine({ root: many.root, cacheDir: join(many.root, `cache-${threads}`), threads });
      const site = await engine.site();
      expect(site.problems).toEqual([]);
      expect(site.rendered).toBe(60);
      return site.pages.map((p) => [p.slug, readRenderedHtml(engine.renderDir, p.render.key), p.render.codeStyles]);
    };
    const [pooled, single] = [await render(2), await render(1)];
    expect(pooled).toEqual(single);
    expect(pooled[0]?.[1]).toContain('Shared note with');
  });
});

describe('the render cache and the references of components', () => {
  const refs = makeProject({
    'content/versions.yaml': 'versions:\n  - id: latest\n    label: Latest\n    status: current\n',
    'content/docs/latest/index.mdx': page('Home', 'home', 'See :doc{to="guide"} and :api{to="pkg.run" kind="func"}.'),
    'content/docs/latest/guide.mdx': page('Guide', 'guide', 'A guide.'),
    'content/docs/latest/api.mdx': page('API', 'api', 'No entries yet.'),
    'content/docs/latest/other.mdx': page('Other', 'other', 'Nothing to resolve.'),
  });
  const cache = join(refs.root, 'cache');
  afterAll(() => refs.remove());
  const rebuild = async () => {
    const engine = new DocsEngine({ root: refs.root, cacheDir: cache, threads: 1 });
    const site = await engine.site();
    const home = site.pages.find((p) => p.slug === 'index');
    return { site, home: home ? readRenderedHtml(engine.renderDir, home.render.key) : '' };
  };
  const change = (path: string, from: string, to: string) => {
    const file = join(refs.root, path);
    writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  };

  it('renders a page again when a page its :doc shows is retitled, or an API it names gets an entry', async () => {
    const first = await rebuild();
    expect(first.site.problems).toEqual([]);
    expect(first.home).toContain('>Guide</a>');
    expect(first.home).toContain('<code class="api-ref">pkg.run()</code>');
    expect(first.site.pages.find((p) => p.slug === 'index')?.render.unresolvedApis).toEqual(['pkg.run']);

    change('content/docs/latest/guide.mdx', 'title: Guide', 'title: The guide');
    const retitled = await rebuild();
    expect(retitled.site.rendered).toBe(2);
    expect(retitled.home).toContain('>The guide</a>');

    change('content/docs/latest/api.mdx', 'No entries yet.', ':::api[run()]{kind="function" name="pkg.run"}\n:::');
    const documented = await rebuild();
    expect(documented.site.rendered).toBe(2);
    expect(documented.home).toContain('<a href="/latest/api/#pkg.run" class="ref ref-internal ref-api">');
    expect(documented.site.pages.find((p) => p.slug === 'index')?.render.unresolvedApis).toEqual([]);
  });
});

describe('the content snapshot', () => {
  it('refuses a page file where the site publishes its generated pages', () => {
    const taken = makeProject({
      'content/versions.yaml': 'versions:\n  - id: latest\n    label: Latest\n    status: current\n',
      'content/docs/latest/index.mdx': page('Home', 'home', 'Home.'),
      'content/docs/latest/all-pages.mdx': page('All', 'all', 'Mine.'),
      'content/docs/latest/missing/notice.mdx': page('Notice', 'notice', 'Mine too.'),
    });
    try {
      const engine = new DocsEngine({ root: taken.root, cacheDir: join(taken.root, 'cache'), threads: 1 });
      const found = engine.content().problems.filter((problem) => problem.code === 'duplicate-url');
      expect(found.map((problem) => [problem.file, problem.message])).toEqual([
        [
          'content/docs/latest/all-pages.mdx',
          `this page would be published at /latest/all-pages/, under /latest/all-pages/, where the site's generated pages are`,
        ],
        [
          'content/docs/latest/missing/notice.mdx',
          `this page would be published at /latest/missing/notice/, under /latest/missing/, where the site's generated pages are`,
        ],
      ]);
      expect(found[0]?.hint).toMatch(/^move the file out of the folder "all-pages"/);
    } finally {
      taken.remove();
    }
  });
});

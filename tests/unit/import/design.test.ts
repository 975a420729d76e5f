/**
 * sphinx-design and sphinx-tabs: tab-set/tab-item, tabs/tab/group-tab, grid/grid-item/grid-item-card, card,
 * dropdown, badges and octicons → `::::tabs`, `::::grid`, `:::card`, `:::dropdown`, `:badge`, `:icon`, rendered.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanUpProjects, importProject, lines, page, squash, type Imported } from './project.ts';

let project: Imported;

beforeAll(async () => {
  project = await importProject({
    'index.rst': page(
      'Home',
      'The design page of the fixture.',
      '',
      '.. toctree::',
      '   :hidden:',
      '',
      '   tabs',
      '   cards',
      '   inline',
      '',
    ),
    'tabs.rst': page(
      'Tabs',
      '.. tab-set::',
      '',
      '   .. tab-item:: PyTorch',
      '      :sync: pt',
      '',
      '      PyTorch text.',
      '',
      '   .. tab-item:: TensorFlow',
      '      :sync: tf',
      '      :selected:',
      '',
      '      TensorFlow text.',
      '',
      '.. tabs::',
      '',
      '   .. tab:: Ubuntu',
      '',
      '      Ubuntu text.',
      '',
      '   .. group-tab:: Amazon Linux',
      '',
      '      AL2 text.',
      '',
    ),
    'cards.rst': page(
      'Cards',
      '.. _cards-label:',
      '',
      'Cards',
      '-----',
      '',
      '.. grid:: 1 2 2 3',
      '   :gutter: 2',
      '',
      '   .. grid-item-card:: To a page',
      '      :link: tabs',
      '      :link-type: doc',
      '',
      '      Card body.',
      '',
      '   .. grid-item-card:: To a label',
      '      :link: cards-label',
      '      :link-type: ref',
      '',
      '   .. grid-item::',
      '',
      '      Plain item.',
      '',
      '.. card:: Out',
      '   :link: https://example.com/',
      '',
      '   Body.',
      '',
      '.. dropdown:: More details',
      '   :open:',
      '',
      '   Hidden text.',
      '',
      '.. dropdown::',
      '',
      '   Untitled.',
      '',
    ),
    'inline.rst': page(
      'Inline design',
      ':bdg-info:`Info` :bdg-success-line:`Outline` :bdg-ref-primary:`cards-label` :octicon:`check` :octicon:`x` done.',
      '',
    ),
  });
});

afterAll(cleanUpProjects);

describe('tabs', () => {
  test('tab-set and sphinx-tabs → ::::tabs with :::tab, sync keys and the selected tab', () => {
    expect(project.body('tabs')).toBe(
      lines(
        '::::tabs',
        ':::tab[PyTorch]{sync="pt"}',
        'PyTorch text.',
        ':::',
        '',
        ':::tab[TensorFlow]{sync="tf" selected}',
        'TensorFlow text.',
        ':::',
        '::::',
        '',
        '::::tabs',
        ':::tab[Ubuntu]',
        'Ubuntu text.',
        ':::',
        '',
        // sphinx-tabs syncs group tabs by their label
        ':::tab[Amazon Linux]{sync="Amazon Linux"}',
        'AL2 text.',
        ':::',
        '::::',
      ).trim(),
    );
  });

  test('rendered as disclosures sharing a name, the selected one open', async () => {
    const { html, problems } = await project.render('tabs');
    expect(problems).toEqual([]);
    // one set per directive; each tab a <details> of the set's name; the selected tab (or the first) open
    const sets = [...squash(html).matchAll(/<neuron-tabs class="tabs">(.*?)<\/neuron-tabs>/g)].map(([, set]) =>
      [
        ...set!.matchAll(
          /<details ([^>]*)><summary class="tab-label">([^<]*)<\/summary><div class="tab-panel">(.*?)<\/div><\/details>/g,
        ),
      ].map(([, attributes, label, panel]) => ({
        label,
        panel,
        name: /name="([^"]+)"/.exec(attributes!)?.[1],
        sync: /data-sync="([^"]+)"/.exec(attributes!)?.[1],
        open: / open(?: |$)/.test(attributes!),
      })),
    );
    expect(sets.map((set) => set.map(({ name: _, ...tab }) => tab))).toEqual([
      [
        { label: 'PyTorch', panel: '<p>PyTorch text.</p>', sync: 'pt', open: false },
        { label: 'TensorFlow', panel: '<p>TensorFlow text.</p>', sync: 'tf', open: true },
      ],
      [
        { label: 'Ubuntu', panel: '<p>Ubuntu text.</p>', sync: undefined, open: true },
        { label: 'Amazon Linux', panel: '<p>AL2 text.</p>', sync: 'Amazon Linux', open: false },
      ],
    ]);
    for (const set of sets) expect(new Set(set.map((tab) => tab.name)).size).toBe(1);
    expect(sets[0]![0]!.name).not.toBe(sets[1]![0]!.name);
  });
});

describe('grids, cards and dropdowns', () => {
  test('MDX', () => {
    expect(project.body('cards')).toBe(
      lines(
        '::label{name="cards-label"}',
        '',
        '## Cards',
        '',
        '::::grid{columns="1 2 2 3"}',
        ':::card[To a page]{link="tabs" linkType="doc"}',
        'Card body.',
        ':::',
        '',
        ':::card[To a label]{link="cards-label" linkType="ref"}',
        ':::',
        '',
        ':::grid-item',
        'Plain item.',
        ':::',
        '::::',
        '',
        ':::card[Out]{link="https://example.com/" linkType="url"}',
        'Body.',
        ':::',
        '',
        ':::dropdown[More details]{open}',
        'Hidden text.',
        ':::',
        '',
        ':::dropdown',
        'Untitled.',
        ':::',
      ).trim(),
    );
  });

  test('rendered', async () => {
    const { html, problems } = await project.render('cards');
    expect(problems).toEqual([]);
    const flat = squash(html);
    expect(flat).toContain(
      '<ul class="grid grid-xs-1 grid-sm-2 grid-md-2 grid-lg-3"><li class="grid-item"><div class="card card-linked"><p class="card-title"><a href="/latest/tabs/" class="card-link">To a page</a></p><div class="card-body"><p>Card body.</p></div></div></li>',
    );
    expect(flat).toMatch(/<a href="\/latest\/cards\/#cards-label" class="card-link[^"]*"[^>]*>To a label<\/a>/);
    expect(flat).toContain('<li class="grid-item"><p>Plain item.</p></li></ul>');
    expect(flat).toContain('<a href="https://example.com/" class="card-link" rel="external">Out</a>');
    expect(flat).toContain(
      '<details class="dropdown" open><summary class="dropdown-title">More details</summary><div class="dropdown-body"><p>Hidden text.</p></div></details>',
    );
    expect(flat).toContain(
      '<details class="dropdown"><summary class="dropdown-title">Details</summary><div class="dropdown-body"><p>Untitled.</p></div></details>',
    );
  });
});

describe('badges and octicons', () => {
  test('MDX: each badge colour and outline, a badge linked to a label, icons', () => {
    expect(project.body('inline')).toBe(
      ':badge[Info]{variant="info"} :badge[Outline]{variant="success-line"} :badge[Cards]{variant="primary" to="cards-label"} ' +
        ':icon{name="check"} :icon{name="x"} done.',
    );
  });

  test('rendered', async () => {
    const { html, problems } = await project.render('inline');
    expect(problems).toEqual([]);
    expect(html).toContain(
      '<span class="badge badge-info">Info</span> <span class="badge badge-success-line">Outline</span> ',
    );
    expect(html).toMatch(
      /<a href="\/latest\/cards\/#cards-label" class="[^"]*badge badge-primary[^"]*"[^>]*>Cards<\/a>/,
    );
    expect(html).toMatch(
      /<svg class="icon icon-check"[^]*<span class="sr-only">Yes<\/span><\/span> <span class="icon-wrap"><svg class="icon icon-x"[^]*<span class="sr-only">No<\/span><\/span> done\./,
    );
  });
});

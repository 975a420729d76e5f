// <neuron-tabs>: a set of tabs. Without JavaScript each tab is a disclosure (<details>, one open at a time) and
// everything works; this element turns the set into an ARIA tab list (roving tabindex, arrow keys, Home and End),
// keeps the tabs of one `data-sync` key in step across the page, and remembers the reader's choice. It is loaded
// only by pages that have tabs.

const MEMORY = 'neuron-tabs';

/** Sync keys the reader chose, the latest first (storage may be off: private mode, a policy). */
function chosen(): string[] {
  try {
    // Whatever else the value holds matches no tab's key.
    return [JSON.parse(localStorage.getItem(MEMORY) ?? '[]')].flat() as string[];
  } catch {
    return [];
  }
}

class NeuronTabs extends HTMLElement {
  tabs: HTMLButtonElement[] = [];
  panels: HTMLElement[] = [];

  connectedCallback(): void {
    if (this.tabs.length) return;
    const items = [...this.children].filter((child) => child instanceof HTMLDetailsElement);
    // ARIA attributes through their reflected properties (`role`, `ariaSelected`), which keeps the script small.
    const list = Object.assign(document.createElement('div'), { role: 'tablist' });
    items.forEach((item, index) => {
      const id = `${item.getAttribute('name')}-${index}`;
      const panel = item.querySelector(':scope > .tab-panel') as HTMLElement;
      const tab = Object.assign(document.createElement('button'), {
        type: 'button',
        id,
        className: 'tab-button',
        role: 'tab',
      });
      Object.assign(tab.dataset, item.dataset);
      tab.setAttribute('aria-controls', (panel.id = `${id}-panel`));
      tab.append(...(item.querySelector(':scope > summary')?.childNodes ?? []));
      panel.role = 'tabpanel';
      panel.setAttribute('aria-labelledby', id);
      panel.tabIndex = 0;
      panel.dataset['label'] = tab.textContent ?? '';
      list.append(tab);
      this.append(panel);
      item.remove();
      this.tabs.push(tab);
      this.panels.push(panel);
    });
    this.prepend(list);
    const preferred = chosen()
      .map((key) => this.indexOf(key))
      .find((index) => index >= 0);
    // The render opens one disclosure of each set: the first, or the one marked selected.
    this.select(preferred ?? items.findIndex((item) => item.open));
    list.addEventListener('click', (event) => {
      const index = this.tabs.indexOf((event.target as Element).closest('button') as HTMLButtonElement);
      if (index >= 0) this.choose(index);
    });
    list.addEventListener('keydown', (event) => {
      const count = this.tabs.length;
      const current = this.tabs.indexOf(event.target as HTMLButtonElement);
      const moves: Record<string, number> = {
        ArrowRight: (current + 1) % count,
        ArrowLeft: (current + count - 1) % count,
        Home: 0,
        End: count - 1,
      };
      const next = moves[event.key];
      if (next === undefined) return;
      event.preventDefault();
      this.choose(next);
      this.tabs[next]!.focus();
    });
  }

  indexOf(key: string): number {
    return this.tabs.findIndex((tab) => tab.dataset['sync'] === key);
  }

  select(index: number): void {
    this.tabs.forEach((tab, i) => {
      tab.ariaSelected = String(i === index);
      tab.tabIndex = i === index ? 0 : -1;
      this.panels[i]!.hidden = i !== index;
    });
  }

  /** The reader chose a tab: every set with a tab of its key follows, and the page does not jump meanwhile. */
  choose(index: number): void {
    const tab = this.tabs[index]!;
    const key = tab.dataset['sync'];
    if (!key) return this.select(index);
    const before = tab.getBoundingClientRect().top;
    for (const set of document.querySelectorAll<NeuronTabs>('neuron-tabs')) {
      const match = set === this ? index : set.indexOf(key);
      if (match >= 0) set.select(match);
    }
    window.scrollBy(0, tab.getBoundingClientRect().top - before);
    try {
      // One entry per sync key (operating systems, frameworks): the list stays short.
      localStorage.setItem(MEMORY, JSON.stringify([key, ...chosen().filter((k) => k !== key)]));
    } catch {
      // The choice then lasts as long as the page.
    }
  }
}

customElements.define('neuron-tabs', NeuronTabs);

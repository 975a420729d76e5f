// <neuron-tabs>: a set of tabs. Without JavaScript each tab is a disclosure (<details>, one open at a time) and
// everything works; this element turns the set into an ARIA tab list (roving tabindex, arrow keys, Home and End),
// keeps the tabs of one `data-sync` key in step across the page, and remembers the reader's choice. It is loaded
// only by pages that have tabs.

const MEMORY = 'neuron-tabs';

/** Sync keys the reader chose, the latest first. */
function chosen(): string[] {
  try {
    const keys: unknown = JSON.parse(localStorage.getItem(MEMORY) ?? '[]');
    return Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

function remember(key: string): void {
  try {
    localStorage.setItem(MEMORY, JSON.stringify([key, ...chosen().filter((k) => k !== key)].slice(0, 20)));
  } catch {
    // Storage may be off (private mode, a policy): the choice then lasts as long as the page.
  }
}

class NeuronTabs extends HTMLElement {
  tabs: HTMLButtonElement[] = [];
  panels: HTMLElement[] = [];

  connectedCallback(): void {
    if (this.tabs.length > 0) return;
    const items = [...this.children].filter((child) => child instanceof HTMLDetailsElement);
    const list = document.createElement('div');
    list.setAttribute('role', 'tablist');
    items.forEach((item, index) => {
      const id = `${item.getAttribute('name') ?? 'tabs'}-${index}`;
      const tab = document.createElement('button');
      const panel = item.querySelector<HTMLElement>(':scope > .tab-panel') ?? document.createElement('div');
      tab.type = 'button';
      tab.id = `${id}-tab`;
      tab.className = 'tab-button';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', (panel.id = `${id}-panel`));
      tab.append(...(item.querySelector(':scope > summary')?.childNodes ?? []));
      if (item.dataset['sync']) tab.dataset['sync'] = item.dataset['sync'];
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      panel.dataset['label'] = tab.textContent ?? '';
      list.append(tab);
      this.append(panel);
      item.remove();
      this.tabs.push(tab);
      this.panels.push(panel);
    });
    this.prepend(list);
    const open = Math.max(
      0,
      items.findIndex((item) => item.open),
    );
    const keys = chosen();
    const preferred = keys.map((key) => this.indexOf(key)).find((index) => index >= 0);
    this.select(preferred ?? open);
    list.addEventListener('click', (event) => {
      const tab = (event.target as Element).closest<HTMLButtonElement>('[role="tab"]');
      if (tab) this.choose(this.tabs.indexOf(tab));
    });
    list.addEventListener('keydown', (event) => {
      const last = this.tabs.length - 1;
      const current = this.tabs.indexOf(event.target as HTMLButtonElement);
      const moves: Record<string, number> = {
        ArrowRight: current === last ? 0 : current + 1,
        ArrowLeft: current === 0 ? last : current - 1,
        Home: 0,
        End: last,
      };
      const next = moves[event.key];
      if (next === undefined || current < 0) return;
      event.preventDefault();
      this.choose(next);
      this.tabs[next]?.focus();
    });
  }

  indexOf(key: string): number {
    return this.tabs.findIndex((tab) => tab.dataset['sync'] === key);
  }

  select(index: number): void {
    this.tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === index));
      tab.tabIndex = i === index ? 0 : -1;
      const panel = this.panels[i];
      if (panel) panel.hidden = i !== index;
    });
  }

  /** The reader chose a tab: every set with a tab of its key follows, and the page does not jump meanwhile. */
  choose(index: number): void {
    const tab = this.tabs[index];
    const key = tab?.dataset['sync'];
    if (!tab || !key) return this.select(index);
    const before = tab.getBoundingClientRect().top;
    for (const set of document.querySelectorAll<NeuronTabs>('neuron-tabs')) {
      const match = set === this ? index : set.indexOf(key);
      if (match >= 0 && set.tabs.length > 0) set.select(match);
    }
    window.scrollBy(0, tab.getBoundingClientRect().top - before);
    remember(key);
  }
}

customElements.define('neuron-tabs', NeuronTabs);

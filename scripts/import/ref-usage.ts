/**
 * Every cross-reference of a release, counted by role, and each one that does not resolve with the proof that
 * Sphinx could not resolve it either: no document of the release defines the label (or has the path, or
 * documents the object).
 */
import type { DElement } from './doctree.ts';
import type { SourceLocation } from './problems.ts';

export interface Unresolved {
  readonly role: string;
  readonly target: string;
  readonly usedAt: readonly SourceLocation[];
}

export class RefUsage {
  readonly used = new Map<string, number>();
  readonly resolved = new Map<string, number>();
  private readonly unresolved = new Map<string, { role: string; target: string; usedAt: SourceLocation[] }>();

  /** Counts a reference of `role` to `target` at `node` of a page. */
  use(
    page: { location(node: DElement): SourceLocation },
    node: DElement,
    role: string,
    target: string,
    resolved: boolean,
  ): void {
    this.record(role, target, resolved, page.location(node));
  }

  record(role: string, target: string, resolved: boolean, at: SourceLocation): void {
    this.used.set(role, (this.used.get(role) ?? 0) + 1);
    if (resolved) {
      this.resolved.set(role, (this.resolved.get(role) ?? 0) + 1);
      return;
    }
    // `:ref:\`text<>\`` names no label: Sphinx showed the text, and there is nothing to list as unresolved
    if (!target.trim()) return;
    const key = `${role}\0${target}`;
    const entry = this.unresolved.get(key) ?? { role, target, usedAt: [] };
    entry.usedAt.push(at);
    this.unresolved.set(key, entry);
  }

  unresolvedList(): Unresolved[] {
    return [...this.unresolved.values()]
      .map((entry) => ({
        ...entry,
        usedAt: [...entry.usedAt].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
      }))
      .sort((a, b) => a.role.localeCompare(b.role) || a.target.localeCompare(b.target));
  }
}

import { ContentError, type Problem } from './problem.ts';

/**
 * Gathers the problems that rendering finds in pages. In a build they are all printed together at the end
 * (and the build fails); in the dev server a page with problems throws at once, so the overlay shows them.
 */
export class ProblemCollector {
  mode: 'collect' | 'throw' = 'collect';
  readonly problems: Problem[] = [];

  /** Takes the problems of one file. */
  report = (problems: Problem[]): void => {
    if (problems.length === 0) return;
    if (this.mode === 'throw') throw new ContentError(problems);
    this.problems.push(...problems);
  };

  /** Hands over everything collected so far and starts afresh. */
  drain(): Problem[] {
    return this.problems.splice(0);
  }
}

/** The collector shared by the remark plugin and the integration (both are created by `astro.config.mjs`). */
export const problems = new ProblemCollector();

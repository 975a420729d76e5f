import type { Problem } from './problem.ts';

/**
 * Gathers the problems of one build, so they are printed together at the end (and the build fails). The
 * integration owns the only one; nothing else keeps problems.
 */
export class ProblemCollector {
  readonly #problems: Problem[] = [];

  /** Takes some problems. */
  report(problems: readonly Problem[]): void {
    this.#problems.push(...problems);
  }

  /** Hands over everything collected so far and starts afresh. */
  drain(): Problem[] {
    return this.#problems.splice(0);
  }
}

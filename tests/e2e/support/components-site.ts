/**
 * The component fixture site for the e2e specs of components (`components*.spec.ts`): builds
 * tests/fixtures/sites/components with the real `astro build` in a temporary copy of the project, then serves it.
 * Playwright starts it as a web server of its own (playwright.config.ts), beside the real site.
 *
 *   node tests/e2e/support/components-site.ts --port 4322
 *
 * A fixture, not a page of the real site: the site's content is replaced by each import, and a gallery of
 * components is no page of the Neuron documentation (it would be in its navigation, search and versions).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../../../scripts/serve.ts';
import { fixtureProject } from '../../fixtures/build-fixture.ts';

const { values } = parseArgs({ options: { port: { type: 'string' } }, strict: true });
const project = fixtureProject('components');
const { ok, output } = await project.build();
if (!ok) {
  console.error(output);
  process.exit(1);
}
const running = await startServer({ dir: join(project.dir, 'dist'), port: Number(values.port ?? 4322) });
console.log(`Serving the component fixture at ${running.url}`);
const stop = (): void => {
  void running.close().finally(() => {
    rmSync(project.dir, { recursive: true, force: true });
    process.exit(0);
  });
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

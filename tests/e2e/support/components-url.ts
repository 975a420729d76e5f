/** Where playwright.config.ts serves the component fixture site (tests/e2e/support/components-site.ts). */
export const COMPONENTS_PORT = Number(
  process.env['E2E_COMPONENTS_PORT'] ?? Number(process.env['E2E_PORT'] ?? 4321) + 1,
);
export const COMPONENTS_URL = `http://127.0.0.1:${COMPONENTS_PORT}`;

/** Values the neuron-docs integration hands the routes (see `src/integrations/site-context.ts`). */
declare module 'virtual:neuron-docs/context' {
  /** Folder of the rendered pages. */
  export const renderDir: string;
  /** Whether a page with problems fails as it is served (the dev server). */
  export const throwProblems: boolean;
}

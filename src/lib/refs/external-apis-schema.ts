import { z } from 'zod';
import { parseRoleKind } from './api-kinds.ts';

/** Placeholders a URL pattern may hold: the full name, and the name without its last component. */
const PLACEHOLDERS = /\{(name|parent)\}/g;

/**
 * A URL with `{name}` and `{parent}` placeholders: `https://pytorch.org/docs/stable/generated/{name}.html#{name}`.
 * `{parent}` is the name without its last component (`torch.nn.Module` for `torch.nn.Module.to`), for methods and
 * attributes documented on their class's page.
 */
const urlPattern = z.string().refine((pattern) => z.url().safeParse(pattern.replace(PLACEHOLDERS, 'x')).success, {
  message: 'must be an absolute URL; `{name}` and `{parent}` are the only placeholders',
});

/** A rule of a project: which names it covers, and where their documentation is. */
const externalApiRule = z
  .strictObject({
    /** Exact names this rule covers (`int`, `torch.float32`). */
    names: z.array(z.string().min(1)).min(1).optional(),
    /** Names starting with this are covered (`torch.`). */
    prefix: z.string().min(1).optional(),
    /** Names starting with one of these are not covered, though they have the prefix (`torch.neuron.`). */
    exclude: z.array(z.string().min(1)).default([]),
    /**
     * Only references of these roles are covered (`meth`, `attr`: their page is their class's). Any role when
     * omitted. @see API_ROLE_KINDS
     */
    kinds: z
      .array(z.string().refine((kind) => parseRoleKind(kind) !== undefined, { message: 'is not an `:api` kind' }))
      .optional(),
    /** Where a covered name is documented. */
    url: urlPattern,
  })
  .refine((rule) => (rule.names === undefined) !== (rule.prefix === undefined), {
    message: 'give either `names` or `prefix`',
  });

/**
 * `content/data/<version>/external-apis.yaml`: the projects whose APIs the documentation references without
 * documenting them (Sphinx's intersphinx: Python, NumPy, PyTorch, Transformers). Intersphinx reads each project's
 * inventory over the network; the build has no network, so each project is a list of rules mapping names to URL
 * patterns. An `:api` reference resolves against the version's own `:::api` entries first, then these projects in
 * order (the first rule that covers the name wins).
 */
export const externalApisSchema = z.strictObject({
  projects: z.array(
    z.strictObject({
      /** The intersphinx key (`python`, `numpy`, `torch`, `transformers`). */
      name: z.string().min(1),
      /** The project as readers know it (`PyTorch`): the link's title. */
      title: z.string().min(1),
      /** Its rules, tried in order. */
      rules: z.array(externalApiRule).min(1),
    }),
  ),
});

/** The external API projects as written. */
export type ExternalApisInput = z.input<typeof externalApisSchema>;
/** One project, validated. */
export type ExternalApiProject = z.output<typeof externalApisSchema>['projects'][number];

/** The URL a rule gives `name`. */
export function expandUrlPattern(pattern: string, name: string): string {
  const parent = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  return pattern.replace(PLACEHOLDERS, (_, key: string) => encodeURI(key === 'name' ? name : parent));
}

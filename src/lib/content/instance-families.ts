/**
 * EC2 instance families the Neuron SDK targets. Frontmatter `relevantFor` and table cells that name supported
 * instances are checked against this list, so a typo ("Trn9") fails the build instead of shipping.
 */
export const INSTANCE_FAMILIES = ['Inf1', 'Inf2', 'Trn1', 'Trn1n', 'Trn2', 'Trn2n', 'Trn3'] as const;

/** One EC2 instance family name, e.g. `Trn1`. */
export type InstanceFamily = (typeof INSTANCE_FAMILIES)[number];

/**
 * The numberings of `<ol type>`, as docutils names them in an RST enumerated list (`a.`, `iv)`, `B.`): the one
 * list the importer writes `:::list{type}` from and the `:::list` component accepts.
 */
export const LIST_TYPES = { arabic: '1', loweralpha: 'a', upperalpha: 'A', lowerroman: 'i', upperroman: 'I' } as const;

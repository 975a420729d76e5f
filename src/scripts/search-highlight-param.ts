/** Result links carry the search terms in this parameter; the page they lead to marks the terms. */
export const HIGHLIGHT_PARAM = 'highlight';

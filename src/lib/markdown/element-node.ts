import type { Properties } from 'hast';
import type { Data, Parent, RootContent } from 'mdast';

/** `data` of an element node: the HTML element it becomes and its properties (see mdast-util-to-hast). */
export interface ElementNodeData extends Data {
  hName: string;
  hProperties?: Properties;
}

/**
 * An mdast node that renders as an HTML element of our choosing. The transforms build tables, admonitions and
 * anchors from it, so that the Markdown inside them (cells, bodies) still goes through the normal pipeline.
 */
export interface ElementNode extends Parent {
  type: 'element';
  data: ElementNodeData;
}

declare module 'mdast' {
  interface RootContentMap {
    element: ElementNode;
  }
  interface BlockContentMap {
    element: ElementNode;
  }
  interface PhrasingContentMap {
    element: ElementNode;
  }
}

/** An element node: `element('sup', [text], { className: ['x'] })`. */
export function element(hName: string, children: RootContent[] = [], hProperties: Properties = {}): ElementNode {
  return { type: 'element', data: { hName, hProperties }, children };
}

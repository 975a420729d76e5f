/**
 * Images and figures. The file is published once by content (`/images/<hash>.<ext>`) with its pixel size;
 * the RST display options stay as attributes (`displayWidth="50%"`, `align="center"`). Paths are relative to
 * the including document, as Sphinx resolves them; `name.*` picks the HTML builder's preferred candidate.
 */
import { posix } from 'node:path';
import { attr, children, elements, type DElement } from '../doctree.ts';
import { leaf, type Attributes, type Block } from '../mdx.ts';
import { convertBlocks, labelBlocks, paragraph } from './blocks.ts';
import { convertInline, plain } from './inline.ts';
import { siteUrl } from './links.ts';
import type { Page } from './page.ts';

export function imageAttributes(node: DElement, page: Page, href?: string): Attributes | undefined {
  const uri = attr(node, 'uri');
  const display = {
    alt: attr(node, 'alt') || uri,
    displayWidth: attr(node, 'width') || undefined,
    displayHeight: attr(node, 'height') || undefined,
    scale: attr(node, 'scale') || undefined,
    align: attr(node, 'align') || undefined,
    href: href || undefined,
  };
  const data = /^data:image\/(png|jpeg|gif|svg\+xml);base64,(.*)$/s.exec(uri);
  if (data) {
    const ext = { png: '.png', jpeg: '.jpg', gif: '.gif', 'svg+xml': '.svg' }[data[1]!]!;
    const published = page.version.assets.imageData(Buffer.from(data[2]!, 'base64'), ext);
    return {
      src: published.src,
      ...display,
      alt: attr(node, 'alt') || 'output',
      width: published.width === undefined ? undefined : String(published.width),
      height: published.height === undefined ? undefined : String(published.height),
    };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri)) return { src: uri, ...display };
  const path = posix.normalize(uri.startsWith('/') ? uri.slice(1) : posix.join(page.directory, uri));
  const published = page.version.assets.image(path);
  if ('kind' in published) {
    page.missingFile(
      node,
      'missing-image',
      path,
      display.alt === uri ? 'nothing' : `the image's alternative text: "${display.alt}"`,
      'is not in the release (the original showed a broken image)',
    );
    return undefined;
  }
  return {
    src: published.src,
    ...display,
    href: href ? imageTarget(href, path, published.src, page) : undefined,
    ...displaySize(display, published),
  };
}

const PIXELS = /^(\d+(?:\.\d+)?)(?:px)?$/;

/**
 * The size the image is shown at, as Sphinx's `style="width: 320px"` made the browser show it: a `:width:` or
 * `:height:` in pixels is the displayed size and the other side follows the image's proportions; `:scale:`
 * scales the file's size. Other units (`50%`, `10em`) stay as `displayWidth`/`displayHeight`.
 */
function displaySize(
  display: { displayWidth?: string | undefined; displayHeight?: string | undefined; scale?: string | undefined },
  file: { width?: number; height?: number },
): Attributes {
  const { width, height } = file;
  const size = (w: number | undefined, h: number | undefined) => ({
    width: w === undefined ? undefined : String(Math.round(w)),
    height: h === undefined ? undefined : String(Math.round(h)),
  });
  if (width === undefined || height === undefined || width === 0 || height === 0) return size(width, height);
  const w = PIXELS.exec(display.displayWidth ?? '')?.[1];
  const h = PIXELS.exec(display.displayHeight ?? '')?.[1];
  const keep = {
    displayWidth: w === undefined ? display.displayWidth : undefined,
    displayHeight: h === undefined ? display.displayHeight : undefined,
  };
  if (w !== undefined && h !== undefined) return { ...keep, ...size(Number(w), Number(h)) };
  if (w !== undefined) return { ...keep, ...size(Number(w), (Number(w) * height) / width) };
  if (h !== undefined) return { ...keep, ...size((Number(h) * width) / height, Number(h)) };
  const scale = /^(\d+(?:\.\d+)?)%?$/.exec(display.scale ?? '')?.[1];
  if (scale !== undefined)
    return { ...keep, scale: undefined, ...size((width * Number(scale)) / 100, (height * Number(scale)) / 100) };
  return size(width, height);
}

/**
 * Where a linked image leads. Sphinx copied every image to `_images/<file name>`, and sources link an image to
 * its full size there (`:target: ../../_images/a.png`): that is the image's own file here. Any other relative
 * target is a link of the original site, resolved as a link in the text is.
 */
function imageTarget(href: string, path: string, src: string, page: Page): string {
  if (!/^[a-z][a-z0-9+.-]*:|^#|^\/\//i.test(href) && href.split('#')[0]!.endsWith(`_images/${posix.basename(path)}`))
    return src;
  return siteUrl(href, page);
}

export function imageBlock(node: DElement, page: Page, href: string | undefined): Block[] {
  const attributes = imageAttributes(node, page, href);
  if (!attributes) return attr(node, 'alt') ? paragraph(plain(attr(node, 'alt'))) : [];
  return [leaf('image', attributes)];
}

export function figureBlock(node: DElement, page: Page, level: number): Block[] {
  let image = elements(node).find((child) => child.t === 'image');
  let href: string | undefined;
  const reference = elements(node).find((child) => child.t === 'reference');
  if (!image && reference) {
    image = elements(reference).find((child) => child.t === 'image');
    href = attr(reference, 'refuri');
  }
  const caption = elements(node).find((child) => child.t === 'caption');
  const legend = elements(node).find((child) => child.t === 'legend');
  const body: Block[] = [
    ...(caption ? paragraph(convertInline(children(caption), page)) : []),
    ...(legend ? convertBlocks(children(legend), page, level) : []),
  ];
  const attributes = image ? imageAttributes(image, page, href) : undefined;
  // docutils puts a figure's `:name:` on its image (Sphinx's own figure directive moves it onto the figure)
  const labels = image ? labelBlocks(image, page) : [];
  if (!attributes) return [...labels, ...body];
  const figure = {
    ...attributes,
    align: attr(node, 'align') || attributes['align'],
    figureWidth: attr(node, 'width') || undefined,
  };
  return [...labels, { kind: 'container', name: 'figure', attributes: figure, children: body }];
}

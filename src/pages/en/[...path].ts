import type { APIRoute, GetStaticPaths } from 'astro';
import { legacyRedirectHtml, LEGACY_REDIRECT_SCRIPT } from '../../lib/versions/legacy-redirect-html.ts';
import { getLegacyRedirects } from '../../lib/site/site-data.ts';

/*
 * A static page at each address of the original site (`/en/<version>/<path>.html`) that sends the reader to the
 * page's new URL, keeping the #anchor. An endpoint rather than an .astro page because only endpoints are written
 * at their exact path: with `build.format: 'directory'` a page would become `…/sdk-policy.html/index.html`.
 */
export const getStaticPaths = (async () =>
  (await getLegacyRedirects()).map((redirect) => ({
    params: { path: redirect.param },
    props: { redirect },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { redirect } = props as { redirect: Awaited<ReturnType<typeof getLegacyRedirects>>[number] };
  const html = legacyRedirectHtml({
    target: redirect.target,
    title: redirect.title,
    canonical: new URL(redirect.target, site).href,
    script: LEGACY_REDIRECT_SCRIPT,
  });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};

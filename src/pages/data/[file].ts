import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/loadSite';
import { openDataFiles } from '../../lib/openData/openData';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return openDataFiles(site, site.graph).map((file) => ({ params: { file: file.name }, props: { body: file.body, type: file.type } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { body, type } = props as { body: string; type: string };
  return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } });
};

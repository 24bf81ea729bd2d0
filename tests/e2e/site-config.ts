import type { APIRequestContext } from '@playwright/test';

import { resultSchema, siteViewSchema, type SiteView } from '../../main/contract/index.js';

/** The site as the services give it, so tests follow the configuration instead of copying it. */
export async function fetchSiteConfig(request: APIRequestContext, baseUrl: string): Promise<SiteView> {
  const response = await request.post(`${baseUrl}api/getSiteConfig`, { data: {} });
  const result = resultSchema(siteViewSchema).parse(await response.json());
  if (!result.ok) throw new Error(`getSiteConfig failed: ${result.error.code}`);
  return result.value;
}

import type { PageQuery, Site, SiteCreate, SiteUpdate } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { decodeTextCursor, toPage } from '../../lib/cursor.js';
import { notFound } from '../../lib/problem.js';
import { audit, diff } from '../../platform/audit.js';
import * as repo from './repo.js';

const toSite = ({ organisationId: _o, updatedAt: _u, ...site }: repo.SiteRow): Site => site;

/** Sites by name; `activeOnly` for the public list (report filters). */
async function sitePage(tx: Tx, actor: Actor, query: PageQuery, activeOnly: boolean) {
  const after = query.cursor ? decodeTextCursor(query.cursor) : undefined;
  const rows = await repo.listSites(tx, actor.organisationId, query.limit, after, { activeOnly });
  return toPage(rows, query.limit, (site) => [site.name, site.id]);
}

export async function listSites(tx: Tx, actor: Actor, query: PageQuery) {
  const page = await sitePage(tx, actor, query, false);
  return { items: page.items.map(toSite), nextCursor: page.nextCursor };
}

export async function createSite(tx: Tx, actor: Actor, input: SiteCreate & { address: string | null }) {
  const site = await repo.insertSite(tx, { ...input, organisationId: actor.organisationId });
  await audit(tx, actor, {
    action: 'site.create',
    entityType: 'site',
    entityId: site.id,
    changes: { name: site.name },
  });
  return toSite(site);
}

export async function updateSite(tx: Tx, actor: Actor, id: string, patch: SiteUpdate) {
  const before = await repo.findSite(tx, actor.organisationId, id);
  if (!before) throw notFound('Site');
  const after = await repo.updateSite(tx, actor.organisationId, id, patch);
  if (!after) throw notFound('Site');
  await audit(tx, actor, { action: 'site.update', entityType: 'site', entityId: id, changes: diff(before, patch) });
  return toSite(after);
}

/** Active sites, name and kind only: enough to filter reports, nothing about people. */
export async function activeSites(tx: Tx, actor: Actor, query: PageQuery) {
  const page = await sitePage(tx, actor, query, true);
  return { items: page.items.map(({ id, name, kind }) => ({ id, name, kind })), nextCursor: page.nextCursor };
}

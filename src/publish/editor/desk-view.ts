/** Loads and renders the item page's desk parts: the soft lock (taken or renewed on view), a conflict, the waiting update. */
import type { Deps } from '../../deps';
import type { Raw } from './html';
import { renderConflict, renderLockLine, renderPendingUpdate } from './desk-panels';
import { findLock, saveLock, StaleEditError } from './desk-store';
import type { EditorItem } from './item-queries';
import type { PageUser } from './layout';
import { planLock } from './lock-plan';
import { parseRevision, parseSnapshot } from './version-check';
import type { Expected } from './desk-store';

/** The version check a form (or a JSON call) asks for: `rev` and the `base` snapshot. */
export function expectedFrom(body: Record<string, unknown>): Expected | undefined {
  const rev = parseRevision(body.rev);
  if (rev === undefined) return undefined;
  return { rev: Number.isNaN(rev) ? -1 : rev, base: parseSnapshot(body.base) };
}

/** The lock line (opening the item takes a free lock), the conflict panel of a stale save, the waiting update. */
export async function loadDeskPanels(
  deps: Deps,
  user: PageUser,
  item: EditorItem,
  stale: { err: StaleEditError; mine: Record<string, string | undefined> } | null,
): Promise<{ lock: Raw; conflict: Raw | null; pending: Raw | null }> {
  const plan = planLock(await findLock(deps.db, item.id), user.username, deps.clock.now());
  if (plan.kind !== 'held') await saveLock(deps.db, item.id, plan.lock);
  return {
    lock: renderLockLine(item.id, plan, user.csrfToken),
    conflict: stale ? renderConflict(stale.err.changes, stale.mine) : null,
    pending: item.pending_update ? renderPendingUpdate(item, item.pending_update, user.csrfToken) : null,
  };
}

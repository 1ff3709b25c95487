/**
 * The body of a webhook: the event and the item as the API shows it now (rights applied, credit
 * included); a withdrawal carries only the id, so nothing taken down is sent again. Pure.
 */
import { presentItem, type ClusterSummary, type ItemForOutput } from '../present-item';

export interface EventRow {
  id: number;
  item_id: number;
  type: string;
  item_version: number;
  at: Date;
}

/** Builds the JSON body for one delivery. */
export function webhookBody(
  ev: EventRow,
  item: ItemForOutput | undefined,
  deliveryId: number,
  cluster: ClusterSummary | null = null,
): string {
  const live = item && item.status === 'published' && item.rights !== 'none' && ev.type !== 'item.withdrawn';
  return JSON.stringify({
    id: ev.id,
    delivery_id: deliveryId,
    type: ev.type,
    created_at: new Date(ev.at).toISOString(),
    item: live ? presentItem(item, cluster) : { id: ev.item_id, status: item?.status ?? 'deleted', version: ev.item_version },
  });
}

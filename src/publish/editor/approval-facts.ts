/**
 * The facts behind the checks beside Approve (policy/approval-checks), read for one item or
 * mapped from a queue row, and the guard the approve action runs: warnings not confirmed refuse
 * the approval; confirmed ones are written to the audit log next to the publish entry.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema';
import { PipelineError } from '../../errors';
import { checkApproval, unconfirmedWarnings, type ApprovalCheck, type ApprovalFacts } from '../../policy/approval-checks';
import type { Rights } from '../../settings/feeds-schema';
import { writeAudit } from '../../store/audit';
import { effectiveRightsSql } from '../rights-sql';

/** The columns approvalFactsOf reads (queue rows and the item view carry them). */
export interface ApprovalRow {
  rights: Rights;
  source_rights: Rights;
  excerpt_words: number;
  rights_notice: string | null;
  credit_line: string | null;
  credit_override: string | null;
  byline: string | null;
  source_id: string;
  source_name: string;
  source_homepage: string | null;
  original_source: { name: string | null; url: string | null } | null;
  lead_image: unknown;
}

/** A row's columns as the checks' facts. */
export function approvalFactsOf(r: ApprovalRow): ApprovalFacts {
  return {
    rights: r.rights,
    sourceRights: r.source_rights,
    excerptWords: r.excerpt_words,
    rightsNotice: r.rights_notice,
    creditLine: r.credit_line,
    creditOverride: r.credit_override,
    byline: r.byline,
    source: { id: r.source_id, name: r.source_name, homepage: r.source_homepage },
    originalSource: r.original_source,
    leadImage: r.lead_image,
  };
}

/** The approval columns of `items as i` joined to `sources as s` and `wire_entries as w`. */
export const APPROVAL_COLUMNS = [
  's.rights as source_rights',
  's.excerpt_words',
  'i.rights_notice',
  'i.credit_line',
  'i.credit_override',
  'i.byline',
  'i.source_id',
  's.name as source_name',
  's.homepage as source_homepage',
  'i.original_source',
  'i.lead_image',
] as const;

/** The checks for one item, or undefined when there is no such item. */
export async function findApprovalChecks(db: Kysely<Database> | Transaction<Database>, id: number): Promise<ApprovalCheck[] | undefined> {
  const row = await db
    .selectFrom('items as i')
    .innerJoin('sources as s', 's.id', 'i.source_id')
    .leftJoin('entries as e', 'e.id', 'i.entry_id')
    .leftJoin('wire_entries as w', (j) => j.onRef('w.feed_id', '=', 'e.feed_id').onRef('w.guid', '=', 'e.guid'))
    .select(APPROVAL_COLUMNS)
    .select(effectiveRightsSql().as('rights'))
    .where('i.id', '=', id)
    .executeTakeFirst();
  return row && checkApproval(approvalFactsOf(row));
}

/**
 * Inside the approve transaction: refuses (REVIEW_NEEDS_CONFIRMATION) while a warning is not in
 * `confirmed`, the token the approve form sent; records the warnings approved over in the audit.
 */
export async function guardApproval(tx: Transaction<Database>, id: number, confirmed: string | undefined, actor: string, now: Date) {
  const checks = (await findApprovalChecks(tx, id)) ?? [];
  const missing = unconfirmedWarnings(checks, confirmed);
  if (missing.length)
    throw new PipelineError(
      'REVIEW_NEEDS_CONFIRMATION',
      `item ${id} has ${missing.length === 1 ? 'a warning' : `${missing.length} warnings`} (${missing.map((c) => c.badge).join(', ')}): tick “Approve over these warnings” to publish it anyway`,
      { retryable: false },
    );
  const warned = checks.filter((c) => c.level === 'warn');
  if (!warned.length) return;
  await writeAudit(tx, {
    actor,
    action: 'approve-over-warnings',
    itemId: id,
    after: { warnings: warned.map((c) => ({ code: c.code, message: c.message, quote: c.quote ?? null })) },
    detail: `confirmed: ${warned.map((c) => c.badge).join('; ')}`,
    at: now,
  });
}

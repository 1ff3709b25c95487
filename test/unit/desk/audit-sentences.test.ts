/** The audit trail as sentences a person reads. */
import { describeAudit, paragraphsInDiff, type AuditFacts } from '../../../src/publish/editor/audit-sentences';

const DIFF = '--- version 1\n+++ version 2\n@@ -1,3 +1,3 @@\n Road\n-Closed until Friday.\n+Closed until Monday.\n-Four days.\n+A week.\n';
const e = (over: Partial<AuditFacts>): AuditFacts => ({ actor: 'ella', action: 'edit', before: null, after: null, detail: null, ...over });

describe('describeAudit', () => {
  it.each<[string, AuditFacts, string]>([
    [
      'a headline edit',
      e({ before: { title: 'Road closure' }, after: { title: 'Coast road shut' } }),
      'ella changed the headline from “Road closure” to “Coast road shut”',
    ],
    [
      'a headline and body edit',
      e({ before: { title: 'A', content_html: '<p>x</p>' }, after: { title: 'B', content_html: '<p>y</p>' } }),
      'ella changed the headline from “A” to “B” and edited the body',
    ],
    [
      'a cleared credit override',
      e({ before: { credit_override: 'X' }, after: { credit_override: null } }),
      'ella cleared the credit line override (the computed credit applies)',
    ],
    ['an editor publishes', e({ action: 'publish' }), 'ella published'],
    ['the pipeline publishes', e({ actor: 'pipeline', action: 'publish' }), 'published automatically'],
    [
      'a rejection with its reason',
      e({ action: 'reject', detail: 'duplicate of the agency copy' }),
      'ella rejected: duplicate of the agency copy',
    ],
    [
      'a source update waiting for review',
      e({ actor: 'pipeline', action: 'source-update', after: { pending: true, paragraphs_changed: 3 }, detail: DIFF }),
      'updated at the source: 3 paragraphs changed; the published version stays live while the update waits for review',
    ],
    [
      'a source update applied, keeping the headline',
      e({ actor: 'pipeline', action: 'source-update', after: { paragraphs_changed: 1, kept: ['title'] }, detail: DIFF }),
      "updated at the source: 1 paragraph changed; the editor's headline kept",
    ],
    [
      'a headline-only source update (the feed retitled the story)',
      e({ actor: 'pipeline', action: 'source-update', after: { paragraphs_changed: 0, headline_changed: true }, detail: DIFF }),
      'updated at the source: headline changed',
    ],
    [
      'a source update of headline and text',
      e({ actor: 'pipeline', action: 'source-update', after: { paragraphs_changed: 2, headline_changed: true }, detail: DIFF }),
      'updated at the source: headline and 2 paragraphs changed',
    ],
    [
      'an old source update without a count: counted from its diff',
      e({ actor: 'pipeline', action: 'source-update', after: { version: 2 }, detail: DIFF }),
      'updated at the source: 2 paragraphs changed',
    ],
    [
      'a re-check correction',
      e({ actor: 'pipeline', action: 'recheck-update', after: { paragraphs_changed: 1 }, detail: DIFF }),
      'corrected at the source (found by a re-check): 1 paragraph changed',
    ],
    [
      'an approved update',
      e({ action: 'approve-update', after: { version: 2, kept: ['title'], taken: ['credit'] } }),
      "ella approved the source update (version 2), keeping the editor's headline, taking the source's credit line",
    ],
    ['a lock taken over', e({ action: 'lock-takeover', before: { username: 'bob' } }), 'ella took over editing from bob'],
    ['an unknown action reads as its name', e({ action: 'feed-pause', detail: 'too many errors' }), 'ella feed pause: too many errors'],
  ])('%s', (_name, facts, sentence) => {
    expect(describeAudit(facts).text).toBe(sentence);
  });

  it('keeps the raw diff of a source update for the collapsed detail', () => {
    expect(describeAudit(e({ actor: 'pipeline', action: 'source-update', detail: DIFF })).raw).toBe(DIFF);
    expect(describeAudit(e({ action: 'publish' })).raw).toBeNull();
  });

  it('counts paragraph lines of a diff, headers aside', () => {
    expect(paragraphsInDiff(DIFF)).toBe(2);
  });
});

/**
 * A realistic morning on the desk, for the browser tests and the README's screenshots
 * (scripts/desk-screenshots.ts): fictional outlets and stories, written here, shaped like what the
 * pipeline stores — a republication of RT, a page that forbids republication, a byline carrying
 * markup, a dangling credit override, an update, an excerpt-only source, a clean full-text story.
 */
import type { Deps } from '../../src/deps';
import { renderCreditLine } from '../../src/policy/credit-line';
import { stripTags } from '../../src/policy/rights';

export const DESK_FEEDS_YAML = `sources:
  - id: harbour-times
    name: Harbour City Times
    homepage: https://harbourtimes.example/
    feeds:
      - url: https://harbourtimes.example/feed.xml
    rights: full
    review: required
    credit: "Source: {source}"
  - id: metro-wire
    name: Metro Wire
    homepage: https://metrowire.example/
    feeds:
      - url: https://metrowire.example/rss
    rights: excerpt
    review: required
    credit: "{author} / {source}"
  - id: city-247
    name: 247 City News
    homepage: https://247city.example/
    feeds:
      - url: https://247city.example/feed
    rights: full
    review: required
    credit: "Source: {source}"
  - id: coastal-herald
    name: Coastal Herald
    homepage: https://coastalherald.example/
    feeds:
      - url: https://coastalherald.example/atom.xml
    rights: full
    review: required
    credit: "Source: {source}"
`;

export interface DeskStory {
  key: string;
  sourceId: string;
  title: string;
  byline: string | null;
  paragraphs: string[];
  summary?: string | null;
  minutesAgo: number;
  leadImage?: { url: string; caption: string | null; credit: string | null } | null;
  rightsNotice?: string | null;
  originalSource?: { name: string; url: string | null } | null;
  creditOverride?: string | null;
  previous?: { title: string; text: string } | null;
}

const p = (...s: string[]) => s;

/** The stories, newest last (the queue lists newest first). */
export const DESK_STORIES: DeskStory[] = [
  {
    key: 'ferry',
    sourceId: 'harbour-times',
    title: 'Night ferry to the islands returns after three-week strike',
    byline: 'Maria Lopez',
    minutesAgo: 290,
    summary: 'The 22:40 crossing to Westholm sails again on Monday after the crew union accepted a new rota.',
    paragraphs: p(
      'The 22:40 crossing to Westholm sails again on Monday after the crew union accepted a new rota.',
      'Ferry operator Islink said the first sailing was fully booked within an hour of the announcement, and that extra freight slots would run through the weekend to clear the backlog of lorries waiting at the terminal.',
      'Shop owners on the islands said shelves had run low on fresh produce during the stoppage. “We had milk flown in twice,” said Ana Petrov, who runs the only grocery on Westholm.',
      'The union said the agreement caps night shifts at four a week and adds a second engineer on the late crossings.',
    ),
    leadImage: {
      url: 'https://img.example/ferry.svg',
      caption: 'The Westholm ferry at the city terminal.',
      credit: 'Photo: Jonas Berg / Harbour City Times',
    },
  },
  {
    key: 'council',
    sourceId: 'metro-wire',
    title: 'Council approves 2027 budget with cuts to road repairs',
    byline: 'Daniel Okafor',
    minutesAgo: 205,
    paragraphs: p(
      'The city council approved next year’s budget late on Thursday by 31 votes to 24, trimming the road repair fund by 12 per cent to pay for longer library hours and two new school crossings.',
      'Opposition members said the cut would leave potholes on the ring road unrepaired for another winter. The finance committee chair said the most dangerous stretches were already funded.',
      'The budget takes effect on 1 January.',
    ),
    leadImage: { url: 'https://img.example/council.svg', caption: null, credit: null },
  },
  {
    key: 'update',
    sourceId: 'harbour-times',
    title: 'Storm warning lifted for the northern coast',
    byline: 'Lena Fischer',
    minutesAgo: 130,
    paragraphs: p(
      'The weather service lifted its amber warning for the northern coast on Friday morning as winds eased to 50 km/h.',
      'Coastal roads reopened at 9:00, and the harbour master allowed small boats to leave port from noon.',
    ),
    previous: {
      title: 'Storm warning for the northern coast',
      text: 'The weather service issued an amber warning for the northern coast as winds reached 90 km/h. Coastal roads are closed.',
    },
    leadImage: { url: 'https://img.example/storm.svg', caption: 'Waves at the north pier on Thursday.', credit: 'Photo: Tom Reyes' },
  },
  {
    key: 'markup',
    sourceId: 'city-247',
    title: 'Tram line 4 extension opens to passengers',
    byline: '<b onmouseover="alert(1)">City Desk</b>',
    minutesAgo: 95,
    paragraphs: p(
      'Passengers rode the extended tram line 4 for the first time on Saturday, with six new stops between the university and the airport.',
      'The transport authority expects 18,000 trips a day on the new section once the spring timetable starts.',
    ),
    creditOverride: 'Reporting by',
  },
  {
    key: 'restricted',
    sourceId: 'coastal-herald',
    title: 'Fishing quota talks collapse as fleets tie up in port',
    byline: 'Ruth Adeyemi',
    minutesAgo: 48,
    paragraphs: p(
      'Talks on next year’s fishing quotas broke down on Sunday after the two fleets’ associations rejected the ministry’s final offer.',
      'More than 140 boats stayed in port on Monday morning. The ministry said it would set the quotas by decree if no deal was reached by Friday.',
      'Fish merchants at the market hall said prices for cod had risen by a quarter since the weekend.',
    ),
    rightsNotice:
      'This material may not be published, broadcast, rewritten or redistributed without the written permission of the Coastal Herald.',
    leadImage: { url: 'https://img.example/port.svg', caption: 'Trawlers moored at the east quay.', credit: 'Coastal Herald' },
  },
  {
    key: 'rt',
    sourceId: 'city-247',
    title: 'Foreign ministry summons ambassador over pipeline dispute',
    byline: null,
    minutesAgo: 17,
    paragraphs: p(
      'The foreign ministry summoned the ambassador on Tuesday over statements about the disputed pipeline route, according to the report.',
      'Source: RT NEWS',
    ),
    originalSource: { name: 'RT NEWS', url: 'https://www.rt.com/news/123456-pipeline-ambassador/' },
  },
];

/** Inserts the stories as queued items (entry + item, credit rendered from the source's template); ids by key. */
export async function seedDeskStories(deps: Deps, now: Date, stories: DeskStory[] = DESK_STORIES): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  for (const [n, s] of stories.entries()) ids[s.key] = await insertStory(deps, s, now, n);
  return ids;
}

async function insertStory(deps: Deps, s: DeskStory, now: Date, n: number): Promise<number> {
  const feed = await deps.db.selectFrom('feeds').select('id').where('source_id', '=', s.sourceId).executeTakeFirstOrThrow();
  const source = await deps.db
    .selectFrom('sources')
    .select(['name', 'homepage', 'credit_template'])
    .where('id', '=', s.sourceId)
    .executeTakeFirstOrThrow();
  const url = `${source.homepage ?? 'https://example.org/'}news/${s.key}-${n}`;
  const at = new Date(now.getTime() - s.minutesAgo * 60_000);
  const entry = await deps.db
    .insertInto('entries')
    .values({
      feed_id: feed.id,
      source_id: s.sourceId,
      guid: `${s.key}-${n}`,
      link: url,
      link_norm: url,
      title: s.title,
      content_hash: `h-${s.key}-${n}`,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  const html = s.paragraphs.map((t) => `<p>${t}</p>`).join('\n');
  const text = s.paragraphs.join('\n\n');
  const credit = renderCreditLine(source.credit_template, {
    source: source.name,
    sourceId: s.sourceId,
    sourceHomepage: source.homepage,
    author: s.byline ? stripTags(s.byline) : null,
    original: s.originalSource?.name ?? null,
    originalUrl: s.originalSource?.url ?? null,
    url,
  });
  const row = await deps.db
    .insertInto('items')
    .values({
      entry_id: entry.id,
      source_id: s.sourceId,
      url,
      url_norm: url,
      title: s.title,
      byline: s.byline,
      authors: JSON.stringify(s.byline ? [s.byline] : []),
      summary: s.summary ?? null,
      content_html: html,
      text,
      word_count: text.split(/\s+/).length,
      lead_image: JSON.stringify(s.leadImage ? { ...s.leadImage, width: 1200, height: 800 } : null),
      original_source: JSON.stringify(s.originalSource ?? null),
      rights_notice: s.rightsNotice ?? null,
      lang: 'en',
      categories: JSON.stringify(['local']),
      content_from: 'page',
      content_hash: `h-${s.key}-${n}`,
      published_at: at,
      sort_at: at,
      status: 'queued',
      status_reason: s.rightsNotice ? 'the page forbids republication; check the licence' : 'review: required',
      credit_line: credit,
      credit_override: s.creditOverride ?? null,
      version: s.previous ? 2 : 1,
      previous_version: JSON.stringify(s.previous ? { version: 1, ...s.previous } : null),
      created_at: at,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

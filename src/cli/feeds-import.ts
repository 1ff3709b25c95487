/**
 * `wireroom feeds import <file.opml>` and `feeds export`. Import edits the operator's feeds.yaml
 * through the yaml Document API, so comments, order and existing entries stay as written; the
 * result is checked with the same schema as at start-up before anything is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { UserError } from '../errors';
import { loadSettings } from '../settings';
import { parseFeedsConfig } from '../settings/feeds-config';
import { decodeXml } from '../text/charset';
import { feedsToOpml, opmlToFeedsFile } from '../settings/opml';

export interface ImportPlan {
  /** The new feeds.yaml text. */
  text: string;
  added: string[];
  /** Feeds already listed (by URL), left as they are. */
  skipped: string[];
}

/** Adds the OPML's feeds to the YAML text; pure. Problems (bad OPML, invalid result) are returned. */
export function planOpmlImport(
  yamlText: string,
  opmlText: string,
  file: string,
  onProgress?: (done: number, total: number) => void,
): { ok: true; plan: ImportPlan } | { ok: false; problems: string[] } {
  const opml = opmlToFeedsFile(opmlText);
  if (!opml.ok) return { ok: false, problems: [opml.reason] };
  const doc = parseDocument(yamlText.trim() ? yamlText : 'sources: []\n');
  if (doc.errors.length) return { ok: false, problems: doc.errors.map((e) => `${file}: ${e.message.split('\n')[0]}`) };
  const { ids, urls } = existingKeys(doc);
  const added: string[] = [];
  const skipped: string[] = [];
  const incoming = opml.value.sources;
  incoming.forEach((src, i) => {
    const url = src.feeds?.[0]?.url;
    if (!url || urls.has(url)) skipped.push(url ?? src.name);
    else {
      const id = uniqueId(src.id, ids);
      doc.addIn(['sources'], doc.createNode({ ...src, id }));
      urls.add(url);
      added.push(url);
    }
    onProgress?.(i + 1, incoming.length);
  });
  const text = doc.toString();
  const check = parseFeedsConfig(text, file);
  if (!check.ok) return { ok: false, problems: check.problems };
  return { ok: true, plan: { text, added, skipped } };
}

function existingKeys(doc: Document): { ids: Set<string>; urls: Set<string> } {
  const ids = new Set<string>();
  const urls = new Set<string>();
  const sources = doc.get('sources');
  if (!isSeq(sources)) return { ids, urls };
  for (const s of sources.items) {
    if (!isMap(s)) continue;
    ids.add(String(s.get('id')));
    const feeds = s.get('feeds');
    if (isSeq(feeds)) for (const f of feeds.items) if (isMap(f) && f.get('url')) urls.add(String(f.get('url')));
  }
  return { ids, urls };
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** Imports an OPML file into the feeds file WIREROOM_FEEDS names; `--dry-run` prints the result instead. */
export function feedsImportCommand(opmlFile: string, opts: { dryRun?: boolean }): void {
  const settings = loadSettings();
  const target = path.resolve(settings.feedsFile);
  if (/\.(opml|xml)$/i.test(target))
    throw new UserError(
      `wireroom feeds import: WIREROOM_FEEDS names an OPML file (${settings.feedsFile}); point it at a feeds.yaml to import into`,
      2,
    );
  let opmlText: string;
  try {
    opmlText = decodeXml(fs.readFileSync(opmlFile));
  } catch (err) {
    throw new UserError(`wireroom feeds import: cannot read ${opmlFile} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, 2);
  }
  const tty = Boolean(process.stderr.isTTY);
  const progress = tty ? (done: number, total: number) => process.stderr.write(`\rimporting ${done}/${total}`) : undefined;
  const r = planOpmlImport(fs.readFileSync(target, 'utf8'), opmlText, settings.feedsFile, progress);
  if (tty) process.stderr.write('\n');
  if (!r.ok)
    throw new UserError(
      `wireroom feeds import: nothing written; ${r.problems.length} problem(s):\n` + r.problems.map((p) => `  - ${p}`).join('\n'),
      2,
    );
  if (opts.dryRun) {
    process.stdout.write(r.plan.text);
    return;
  }
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, r.plan.text);
  fs.renameSync(tmp, target); // atomic: a crash leaves the old file
  process.stdout.write(`${settings.feedsFile}: added ${r.plan.added.length} feed(s), ${r.plan.skipped.length} already listed\n`);
}

/** Prints the configured sources as OPML 2.0 on standard output. */
export function feedsExportCommand(): void {
  const settings = loadSettings();
  process.stdout.write(feedsToOpml(settings.feeds.sources.map((s) => ({ ...s, feeds: [...s.feeds] }))));
}

/**
 * A stand-in extractor module for the extraction pool in tests: pages containing SPIN-FOREVER
 * keep the thread busy (as a pathological page would); every other page goes to the real one.
 */
import { extractArticle as realExtract } from '../../src/workers/extract';
import type { ExtractOptions, ExtractedArticle } from '../../src/workers/extract/types';

export function extractArticle(html: string, url: string, options: ExtractOptions): ExtractedArticle | null {
  if (html.includes('SPIN-FOREVER'))
    for (;;) {
      /* synchronous CPU, like a runaway regex */
    }
  return realExtract(html, url, options);
}

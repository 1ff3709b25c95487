/**
 * Servers often stamp a blanket charset (utf-8, iso-8859-1) on every response, while the feed's
 * own XML declaration names the real one. The decoding layer (src/text) weighs the witnesses for
 * XML — BOM, then declaration, then header, a UTF-8 claim the bytes refute passed over — and this
 * names its choice in the Content-Type handed to the parser. Pure.
 */
import { charsetFromContentType, chooseCharset, withCharset } from '../text/charset';

/** The Content-Type to decode a feed body with: a header's charset replaced by the one the layer chose. */
export function feedContentType(body: Buffer, contentType: string | undefined): string | undefined {
  if (!contentType || !charsetFromContentType(contentType)) return contentType;
  return withCharset(contentType, chooseCharset(body, { kind: 'xml', contentType }).charset);
}

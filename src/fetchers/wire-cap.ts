/**
 * One size cap for a wire document on every channel (issue 16): push, watched folder and pull of a
 * wire feed all refuse a document over WIREROOM_WIRE_MAX_BODY, with a message naming the cap and the
 * setting. Pure: the folder's capped read is read-capped.ts.
 */
import { formatByteSize } from '../settings/byte-size';

/** The setting that holds the cap, named in every refusal. */
export const WIRE_CAP_SETTING = 'WIREROOM_WIRE_MAX_BODY';

/** The refusal's text: what was refused, the cap, and the fix. `size` null when unknown (a stream cut at the cap). */
export function wireTooLargeMessage(size: number | null, capBytes: number): string {
  const what = size === null ? 'the wire document' : `the wire document (${size} bytes)`;
  return `${what} exceeds the wire document size cap of ${formatByteSize(capBytes)} (${WIRE_CAP_SETTING}); split it, or raise ${WIRE_CAP_SETTING} to accept it`;
}

/**
 * Where /metrics is served, decided from the bind address and the two metrics settings. Pure.
 * On a loopback address it stays on the API port (open unless a token is set). On a public address
 * it is never open on the API port: it needs WIREROOM_METRICS_TOKEN there, or moves to
 * WIREROOM_METRICS_PORT (a port the operator can firewall apart from the API).
 */
import { isLoopbackHost } from '../core/loopback';

export { isLoopbackHost };

export interface MetricsExposureFacts {
  host: string;
  token: string | null;
  /** WIREROOM_METRICS_PORT, or null. */
  port: number | null;
  /** Whether this process runs the HTTP server (serve, start). */
  serves: boolean;
}

export interface MetricsExposure {
  /** What GET /metrics on the API port does: answer, ask for the token, or refuse (naming the fix). */
  main: 'open' | 'token' | 'refused' | 'none';
  /** The port of a metrics-only listener to start, or null. */
  separatePort: number | null;
  /** One line for the start log. */
  summary: string;
}

/** The refusal /metrics gives on a public API port without a token. */
export const METRICS_REFUSED =
  'HOST is not a loopback address, so /metrics is not served on the API port without a token: set WIREROOM_METRICS_TOKEN (then send Authorization: Bearer <token>) or WIREROOM_METRICS_PORT (a separate port to firewall)';

/** Decides where /metrics is served (see the module comment). */
export function planMetricsExposure(f: MetricsExposureFacts): MetricsExposure {
  const loopback = isLoopbackHost(f.host);
  const guard = f.token ? 'token' : loopback ? 'open' : 'refused';
  const separatePort = f.port !== null && (!f.serves || guard === 'refused') ? f.port : null;
  const main = f.serves ? guard : 'none';
  const access = f.token ? 'needs Authorization: Bearer <WIREROOM_METRICS_TOKEN>' : loopback ? 'open, loopback only' : 'open';
  let summary: string;
  if (separatePort !== null)
    summary = `/metrics on port ${separatePort} of ${f.host} (${access})${f.serves ? ', not on the API port' : ''}`;
  else if (main === 'refused') summary = `/metrics off: ${METRICS_REFUSED}`;
  else if (main === 'none') summary = '/metrics off in this process: set WIREROOM_METRICS_PORT to serve it';
  else summary = `/metrics on the API port (${access})`;
  return { main, separatePort, summary };
}

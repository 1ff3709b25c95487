/** pino JSON lines for machines; readable colored lines when a person watches a terminal. */
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** Keys that must never reach a log line. */
const REDACT = [
  'password',
  'token',
  'authorization',
  'cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.token',
  'databaseUrl',
  'redisUrl',
];

/** A root logger; pretty output when `tty` (decided by the caller from isTTY). */
export function createLogger(level: string, tty: boolean, destination?: pino.DestinationStream): Logger {
  const opts: pino.LoggerOptions = { level, redact: { paths: REDACT, censor: '***' }, base: { pid: process.pid } };
  if (destination) return pino(opts, destination);
  if (tty) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as (o: object) => pino.DestinationStream;
    return pino(opts, pretty({ colorize: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname', sync: true, destination: 2 }));
  }
  return pino(opts, pino.destination({ dest: 2, sync: false }));
}

/** A logger that drops everything (tests, pure CLI commands). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

/** Every migration, in order. A static list so the same code migrates from dist/ and from sources. */
import type { Migration } from 'kysely';
import * as m0001 from './0001-init';
import * as m0002 from './0002-dedupe';
import * as m0003 from './0003-publisher';
import * as m0004 from './0004-editor';
import * as m0005 from './0005-wire';
import * as m0006 from './0006-rechecks';
import * as m0007 from './0007-feed-max-body';
import * as m0008 from './0008-commit-order-and-login-throttle';
import * as m0009 from './0009-wire-rights-cap-and-embargo';
import * as m0010 from './0010-api-changes';
import * as m0012 from './0012-desk-concurrency';
import * as m0013 from './0013-viewer-role';
import * as m0017 from './0017-webhook-retry-schedule';

export const MIGRATIONS: Record<string, Migration> = {
  '0001-init': m0001,
  '0002-dedupe': m0002,
  '0003-publisher': m0003,
  '0004-editor': m0004,
  '0005-wire': m0005,
  '0006-rechecks': m0006,
  '0007-feed-max-body': m0007,
  '0008-commit-order-and-login-throttle': m0008,
  '0009-wire-rights-cap-and-embargo': m0009,
  '0010-api-changes': m0010,
  '0012-desk-concurrency': m0012,
  '0013-viewer-role': m0013,
  '0017-webhook-retry-schedule': m0017,
};

/** docs/configuration.md is generated from the settings schemas and must match the generator. */
import fs from 'node:fs';
import { REFERENCE_FILE, renderConfigReference } from '../../scripts/config-reference';
import { ENV_VARS } from '../../src/settings/env-schema';

describe('configuration reference', () => {
  const text = renderConfigReference();

  it('lists every environment variable with its default', () => {
    for (const name of Object.keys(ENV_VARS)) expect(text).toContain(`| \`${name}\` |`);
    expect(text).toContain('| `PORT` | `8080` |');
    expect(text).toContain('| `DATABASE_URL` | (unset) |');
  });

  it('lists feeds.yaml keys with allowed values and defaults from the schema', () => {
    expect(text).toMatch(/\| `defaults\.rights` \| `full` \\\| `excerpt` \\\| `headline` \\\| `none` \| {2}\| `"excerpt"` \|/);
    expect(text).toMatch(/\| `defaults\.poll_interval` \| duration \| {2}\| `900` \|/);
    expect(text).toMatch(/\| `sources\[\]\.id` \| string \| yes \|/);
  });

  it('is committed up to date (run `npm run docs:config` after changing a schema)', () => {
    expect(fs.readFileSync(REFERENCE_FILE, 'utf8')).toBe(text);
  });
});

/**
 * Where the shared corpus is: the `shared/` folder beside the repository (`../shared` from its root),
 * in any checkout, rather than one machine's absolute path.
 */
import path from 'node:path';

/** The repository's root: this file is scripts/shared-path.ts. */
export const REPO_ROOT = path.resolve(__dirname, '..');

/** A path inside the shared folder beside the repository, e.g. `sharedPath('corpus', 'feeds')`. */
export function sharedPath(...parts: string[]): string {
  return path.resolve(REPO_ROOT, '..', 'shared', ...parts);
}

#!/usr/bin/env bash
# Formats the repository with prettier (.prettierrc.json, .prettierignore); `npm run format` runs it.
#
# The tree was formatted once in one commit ("Format with prettier"); run this before committing.
#
# prettier runs twice: on a few long method chains (`reply.code(…).send({…})`) its first pass is
# not stable and the second settles them; the final check proves it has.
set -euo pipefail
cd "$(dirname "$0")/.."

npx prettier --write --log-level warn .
npx prettier --write --log-level warn .
npx prettier --check .

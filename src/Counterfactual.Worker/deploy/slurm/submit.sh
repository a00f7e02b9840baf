#!/bin/bash
# Submits the shard array and the merge that depends on it. Usage (from the directory holding app/,
# scenarios/ and data/):  SHARDS=8 ./submit.sh [batch.json]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export SHARDS=${SHARDS:-8}
export BATCH=${1:-scenarios/essay-claim.json}
mkdir -p logs
array=$(sbatch --parsable --array=0-$((SHARDS - 1)) --export=ALL "$here/shards.sbatch")
# afterok: the merge starts only if every task of the array exited 0 (a cancelled shard exits 130).
merge=$(sbatch --parsable --dependency=afterok:"${array%%;*}" --export=ALL "$here/merge.sbatch")
echo "shards: job $array (tasks 0-$((SHARDS - 1))), merge: job $merge"

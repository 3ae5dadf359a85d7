#!/usr/bin/env bash
# Kezhi's benchmark harness in one command (see docs/performance.md), run on this machine.
#
# usage: bench/run.sh [--db postgres|mariadb] [--scale 1.0] [--seed 42]
#
# Stages:
#   1. generate — a fresh database kezhi_bench with the deterministic data set (bench/generate.sh),
#                 summary in bench/target/generate-summary.json
# Stages not built yet (they are planned, not part of this script until they exist): load scenarios
# with Gatling against the generated data, raw-SQL timings of the main queries, and the report.
set -euo pipefail
cd "$(dirname "$0")/.."

stage_generate() {
  echo "=== stage 1: generate"
  bench/generate.sh "$@"
}

stage_generate "$@"

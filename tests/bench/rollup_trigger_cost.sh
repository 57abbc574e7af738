#!/usr/bin/env bash
# What keeping the report rollups costs an import (issue #16): `partnerdesk-cli orders import` of
# the same generated file into a new book with migration 0019's triggers and into one without
# them (dropped after the migration), alternating, RUNS times each. Prints every run, the medians
# of wall clock and CPU and the cost in per cent. Figures, not a pass/fail test.
#
#   tests/bench/rollup_trigger_cost.sh [ORDERS] [RUNS]        (defaults 200000 3)
#
# Environment: PARTNERDESK_CLI (default build/app/partnerdesk-cli of this checkout).
# Needs python3, sqlite3 and GNU time (/usr/bin/time).
set -euo pipefail

orders=${1:-200000}
runs=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cli=${PARTNERDESK_CLI:-$root/build/app/partnerdesk-cli}
[[ -x $cli ]] || { echo "rollup_trigger_cost: no partnerdesk-cli at $cli (set PARTNERDESK_CLI)" >&2; exit 1; }
export PARTNERDESK_NOW=2026-12-01T00:00:00Z
work=$(mktemp -d "${TMPDIR:-/tmp}/rollup-cost.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$cli" demo --orders 0 --db "$work/empty.sqlite" >/dev/null
python3 "$here/generate_orders.py" --db "$work/empty.sqlite" --orders "$orders" --out "$work/orders.csv"
cp "$work/empty.sqlite" "$work/bare.sqlite"
sqlite3 "$work/bare.sqlite" "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rollup_%'" |
    while read -r trigger; do sqlite3 "$work/bare.sqlite" "DROP TRIGGER $trigger"; done
echo "rollup triggers: with $(sqlite3 "$work/empty.sqlite" "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rollup_%'"), without $(sqlite3 "$work/bare.sqlite" "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rollup_%'")"
cat "$work/orders.csv" >/dev/null

# one LABEL SOURCE: imports the file into a fresh copy of SOURCE; appends "wall cpu" to LABEL.
one() {
    local db=$work/run.sqlite
    rm -f "$db" "$db-wal" "$db-shm"
    cp "$work/$2.sqlite" "$db"
    /usr/bin/time -f "%e %U %S" -o "$work/time" "$cli" orders import "$work/orders.csv" --db "$db" >/dev/null
    read -r wall user sys <"$work/time"
    local cpu
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    printf "  %-18s %6.2f s wall %6.2f s CPU  (%s rollup days dirty)\n" "$1" "$wall" "$cpu" \
        "$(sqlite3 "$db" "SELECT count(*) FROM rollup_dirty")"
    echo "$wall $cpu" >>"$work/$1"
}
median() { sort -n -k"$2" "$work/$1" | awk -v k="$2" '{ v[NR] = $k } END { print v[int((NR + 1) / 2)] }'; }

for ((i = 1; i <= runs; i++)); do
    echo "run $i"
    one without-triggers bare
    one with-triggers empty
done
echo
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $orders orders, medians of $runs runs"
for label in without-triggers with-triggers; do
    printf "%-18s %6.2f s wall %6.2f s CPU\n" "$label" "$(median $label 1)" "$(median $label 2)"
done
awk -v a="$(median with-triggers 1)" -v b="$(median without-triggers 1)" -v ac="$(median with-triggers 2)" \
    -v bc="$(median without-triggers 2)" \
    'BEGIN { printf "rollup triggers cost: %+.1f %% wall, %+.1f %% CPU (goal: <= 10 %%)\n", (a / b - 1) * 100, (ac / bc - 1) * 100 }'

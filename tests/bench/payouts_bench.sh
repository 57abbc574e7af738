#!/usr/bin/env bash
# Payouts benchmark on a `partnerdesk-cli demo` database: balances, the due lines (what the
# preview reads), a payout batch, "mark paid", each through partnerdesk-cli, beside the balances
# GROUP BY run by the sqlite3 command. Prints figures; it never fails on time.
#
#   tests/bench/payouts_bench.sh [ORDERS]        (default 1000000)
#
# Environment: PARTNERDESK_CLI (default build/app/partnerdesk-cli of this checkout), BENCH_DIR
# (default: a new temporary directory, removed afterwards unless KEEP=1). Needs sqlite3 and GNU time.
set -euo pipefail

orders=${1:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cli=${PARTNERDESK_CLI:-$root/build/app/partnerdesk-cli}
[[ -x $cli ]] || { echo "payouts_bench: no partnerdesk-cli at $cli (set PARTNERDESK_CLI)" >&2; exit 1; }
for tool in sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "payouts_bench: $tool is missing" >&2; exit 1; }
done
work=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/partnerdesk-payouts.XXXXXX")}
mkdir -p "$work"
if [[ -z ${BENCH_DIR:-} && -z ${KEEP:-} ]]; then
    trap 'rm -rf "$work"' EXIT
fi
db=$work/payouts.sqlite
rm -f "$db" "$db-wal" "$db-shm"
export PARTNERDESK_NOW=2026-06-01T00:00:00Z

# run LABEL COMMAND...: wall seconds and peak RSS of one command, its stdout counted in lines.
run() {
    local label=$1
    shift
    local lines
    lines=$( { /usr/bin/time -f "%e %M" -o "$work/time" "$@" | wc -l; } )
    read -r wall rss <"$work/time"
    printf '%-34s %6.2f s  %7d KB peak RSS  %8d lines out\n' "$label" "$wall" "$rss" "$lines"
}

echo "payouts_bench: $orders orders in $db"
run "demo --orders $orders" "$cli" demo --orders "$orders" --db "$db"
run "balances (first open, migrations)" "$cli" balances --format csv --db "$db"
run "balances" "$cli" balances --format csv --db "$db"
run "payouts due (the preview's lines)" "$cli" payouts due --db "$db"
run "payouts batch --format paypal" "$cli" payouts batch --format paypal --output "$work/batch.csv" --db "$db"
run "payouts mark-paid --batch 1" "$cli" payouts mark-paid --batch 1 --db "$db"
run "balances after the payment" "$cli" balances --format csv --db "$db"
# The balances' GROUP BY by itself, for reference (no process start, no approvals refresh).
start=$(date +%s.%N)
sqlite3 "$db" "PRAGMA cache_size=-65536; SELECT count(*) FROM (SELECT affiliate_id, currency,
    sum(CASE WHEN status = 'pending' THEN commission_minor ELSE 0 END),
    sum(CASE WHEN status = 'approved' AND payout_id IS NULL AND commission_minor <> 0 THEN commission_minor ELSE 0 END),
    sum(CASE WHEN status = 'approved' AND payout_id IS NOT NULL THEN commission_minor ELSE 0 END),
    sum(CASE WHEN status = 'paid' THEN commission_minor ELSE 0 END)
    FROM transactions WHERE status <> 'cancelled' GROUP BY affiliate_id, currency)" >/dev/null
printf '%-34s %6.2f s\n' "sqlite3: the balances GROUP BY" "$(echo "$(date +%s.%N) - $start" | bc)"

#!/usr/bin/env bash
# Import benchmark: `partnerdesk-cli orders import` of a generated orders CSV against
# `sqlite3 .import --csv` of the same file, same machine, same run. Prints both times, the ratio
# and the import's peak RSS. A benchmark that prints figures, not a pass/fail test.
#
#   tests/bench/import_bench.sh [ORDERS]        (default 1000000)
#
# Environment: PARTNERDESK_CLI (default build-cli/app/partnerdesk-cli next to this checkout),
# BENCH_DIR (default: a new temporary directory, removed afterwards unless KEEP=1).
# Needs python3, sqlite3 and GNU time (/usr/bin/time; Debian package "time").
set -euo pipefail

orders=${1:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cli=${PARTNERDESK_CLI:-$root/build-cli/app/partnerdesk-cli}
[[ -x $cli ]] || { echo "import_bench: no partnerdesk-cli at $cli (set PARTNERDESK_CLI)" >&2; exit 1; }
for tool in python3 sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "import_bench: $tool is missing" >&2; exit 1; }
done

work=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/partnerdesk-bench.XXXXXX")}
mkdir -p "$work"
if [[ -z ${BENCH_DIR:-} && -z ${KEEP:-} ]]; then
    trap 'rm -rf "$work"' EXIT
fi
db=$work/bench.sqlite
raw=$work/raw.sqlite
csv=$work/orders.csv
rm -f "$db" "$db-wal" "$db-shm" "$raw"
# A fixed "now" keeps the approval statuses reproducible.
export PARTNERDESK_NOW=2026-12-01T00:00:00Z

# field VALUE_NAME FILE: a value from `/usr/bin/time -v` output.
field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }
# Wall clock "h:mm:ss" or "m:ss.ss" → seconds.
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }
# User + system CPU seconds: the fairer figure when other jobs share the machine.
cpu() { awk -v u="$(field 'User time (seconds)' "$1")" -v s="$(field 'System time (seconds)' "$1")" \
            'BEGIN { printf "%.2f", u + s }'; }

echo "== partners, coupons, domains, rewrites: partnerdesk-cli demo --orders 0"
"$cli" demo --orders 0 --db "$db"

echo "== generating $orders orders"
python3 "$here/generate_orders.py" --db "$db" --orders "$orders" --out "$csv"
ls -l "$csv" | awk '{ printf "%s: %.1f MB\n", $NF, $5 / 1048576 }'
cat "$csv" >/dev/null # both imports start with the file in the page cache

echo "== sqlite3 .import --csv (the floor: parsing and inserting, no rules)"
/usr/bin/time -v -o "$work/sqlite.time" sqlite3 "$raw" ".import --csv $csv orders_raw"
sqlite_wall=$(seconds "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$work/sqlite.time")")
sqlite_cpu=$(cpu "$work/sqlite.time")
sqlite_rows=$(sqlite3 "$raw" "SELECT count(*) FROM orders_raw")

echo "== partnerdesk-cli orders import"
status=0
# The import's own log says where its time went (rows, index builds, commit).
QT_LOGGING_RULES="partnerdesk.import.info=true" /usr/bin/time -v -o "$work/import.time" \
    "$cli" orders import "$csv" --db "$db" 2>"$work/import.phases" || status=$?
grep -v '^partnerdesk.import: ' "$work/import.phases" >&2 || true
import_wall=$(seconds "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$work/import.time")")
import_rss=$(field 'Maximum resident set size (kbytes)' "$work/import.time")
import_cpu=$(cpu "$work/import.time")
[[ $status -eq 0 ]] || echo "import_bench: orders import exited $status" >&2

echo "== the daily case: 10,000 orders of one day into the book just imported (a copy of it)"
python3 "$here/generate_orders.py" --db "$db" --orders 10000 --seed 7 --out "$work/day.csv"
# One day's orders with ids of their own, in time order, as a store's daily export has them.
python3 - "$work/day.csv" <<'PY'
import random, sys
path = sys.argv[1]
rows = open(path).read().splitlines()
random.seed(5)
seconds = sorted(random.randrange(86400) for _ in rows[1:])
out = [rows[0]]
for row, s in zip(rows[1:], seconds):
    f = row.split(",")
    f[0] = "D" + f[0][1:]
    f[1] = "2026-11-30T%02d:%02d:%02dZ" % (s // 3600, s // 60 % 60, s % 60)
    out.append(",".join(f))
open(path, "w").write("\n".join(out) + "\n")
PY
daily=$work/daily.sqlite
sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$db" "$daily"
cat "$daily" >/dev/null
QT_LOGGING_RULES="partnerdesk.import.info=true" /usr/bin/time -v -o "$work/daily.time" \
    "$cli" orders import "$work/day.csv" --db "$daily" 2>"$work/daily.phases" || true
daily_wall=$(seconds "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$work/daily.time")")
daily_cpu=$(cpu "$work/daily.time")
rm -f "$daily" "$daily-wal" "$daily-shm"

echo "== partnerdesk-cli orders import, again (every order an update)"
outbox() { sqlite3 "$db" "SELECT (SELECT count(*) FROM sync_outbox) || ' rows + ' ||
    (SELECT coalesce(sum(last_id - first_id + 1), 0) FROM sync_outbox_ranges) || ' in ranges'" 2>/dev/null || echo "-"; }
outbox_import=$(outbox)
# A day later, as a real re-import would run: every order's updated_at changes, so every row is
# really updated (and queued for sync), not rewritten with the same values.
PARTNERDESK_NOW=2026-12-02T00:00:00Z /usr/bin/time -v -o "$work/reimport.time" "$cli" orders import "$csv" --db "$db" || true
outbox_reimport=$(outbox)
reimport_wall=$(seconds "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$work/reimport.time")")
reimport_rss=$(field 'Maximum resident set size (kbytes)' "$work/reimport.time")
reimport_cpu=$(cpu "$work/reimport.time")
transactions=$(sqlite3 "$db" "SELECT count(*) FROM transactions")

echo "== partnerdesk-cli orders import with every commission rule on (docs/COMMISSION.md)"
# The same partners in a fresh book, then: lifetime customers for a year, two monthly tiers per
# program, an own rate (percent or flat) for every fifth partner, every fraud rule switched on with
# a threshold. No visits are imported, so the no-visit rule finds its window uncovered and passes.
ruled=$work/rules.sqlite
rm -f "$ruled" "$ruled-wal" "$ruled-shm"
"$cli" demo --orders 0 --db "$ruled" >/dev/null
sqlite3 "$ruled" "
UPDATE programs SET lifetime_days = 365, fraud_own_domain = 1, fraud_leaked_coupon = 1,
    fraud_shared_customers = 2, fraud_cancel_share_bp = 3000, fraud_no_visit = 1;
INSERT INTO program_tiers (program_id, min_orders, link_rate_bp, coupon_rate_bp, created_at)
    SELECT id, 20, link_rate_bp + 200, coupon_rate_bp + 100, '2026-01-01T00:00:00Z' FROM programs;
INSERT INTO program_tiers (program_id, min_orders, link_rate_bp, coupon_rate_bp, created_at)
    SELECT id, 100, link_rate_bp + 500, NULL, '2026-01-01T00:00:00Z' FROM programs;
INSERT INTO partner_rates (program_id, affiliate_id, effective_from, link_rate_bp, link_amount_minor,
                           coupon_rate_bp, created_at)
    SELECT m.program_id, m.affiliate_id, '2025-06-01T00:00:00Z',
           CASE WHEN m.affiliate_id % 10 = 0 THEN NULL ELSE 2500 END,
           CASE WHEN m.affiliate_id % 10 = 0 THEN 500 ELSE NULL END, 1200, '2026-01-01T00:00:00Z'
    FROM memberships m WHERE m.affiliate_id % 5 = 0;"
/usr/bin/time -v -o "$work/rules.time" "$cli" orders import "$csv" --db "$ruled" || true
rules_wall=$(seconds "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$work/rules.time")")
rules_rss=$(field 'Maximum resident set size (kbytes)' "$work/rules.time")
rules_cpu=$(cpu "$work/rules.time")
rules_mix=$(sqlite3 "$ruled" "SELECT group_concat(n, ', ') FROM (SELECT rate_source || ' ' || count(*) AS n
    FROM transactions GROUP BY rate_source UNION ALL SELECT 'lifetime ' || count(*) FROM transactions
    WHERE kind = 'lifetime' UNION ALL SELECT 'held ' || count(*) FROM transactions WHERE hold = 'held')")

echo
echo "orders:                 $orders ($sqlite_rows rows in sqlite3's table)"
echo "transactions written:   $transactions"
echo "sqlite3 .import:        ${sqlite_wall} s wall, ${sqlite_cpu} s CPU"
echo "partnerdesk import:     ${import_wall} s wall, ${import_cpu} s CPU, peak RSS $((import_rss / 1024)) MB"
sed -n 's/^partnerdesk.import: /  phase /p' "$work/import.phases"
echo "daily 10,000 into it:   ${daily_wall} s wall, ${daily_cpu} s CPU (goal: < 1 s)"
sed -n 's/^partnerdesk.import: /  phase /p' "$work/daily.phases"
echo "re-import (updates):    ${reimport_wall} s wall, ${reimport_cpu} s CPU, peak RSS $((reimport_rss / 1024)) MB"
echo "queued for sync:        $outbox_import after the import; $outbox_reimport after the re-import"
echo "import, all rules on:   ${rules_wall} s wall, ${rules_cpu} s CPU, peak RSS $((rules_rss / 1024)) MB ($rules_mix)"
awk -v a="$rules_wall" -v b="$import_wall" -v c="$rules_cpu" -v d="$import_cpu" \
    'BEGIN { printf "ratio rules on/off:     %.2f x wall, %.2f x CPU (goal: <= 1.3)\n", a / b, c / d }'
awk -v a="$import_wall" -v b="$sqlite_wall" -v c="$import_cpu" -v d="$sqlite_cpu" \
    'BEGIN { printf "ratio import/sqlite3:   %.2f x wall, %.2f x CPU (goal: <= 3)\n", a / b, c / d }'
echo "peak RSS goal:          < 200 MB"
exit "$status"

#!/usr/bin/env bash
# Report benchmark: the monthly report of `partnerdesk-cli report` over a year of N orders (and
# V visits) against the `sqlite3` command line running the equivalent GROUP BY on the same file.
# Prints every run, the best and the median, and the ratios. Figures, not a pass/fail test.
#
#   tests/bench/report_bench.sh [ORDERS] [VISITS] [RUNS]      (defaults 1000000 500000 5)
#
# Then the reports from rollups (issue #16), with build/tests/rollups_bench: the cold refresh of an
# upgraded book (every day dirty), warm reports for several ranges and groupings beside the
# ledger's and the hand-written GROUP BY in the same process, and the cold refresh after a daily
# import of 10,000 orders (copies of the book's last orders under new ids: the book grows by them).
#
# Environment: PARTNERDESK_CLI (default build/app/partnerdesk-cli of this checkout), DB (default
# /tmp/partnerdesk-report-ORDERS-VISITS.sqlite; reused when it exists, so the data is built once),
# ROLLUPS_BENCH (default build/tests/rollups_bench of this checkout).
# Needs python3, sqlite3 and GNU time (/usr/bin/time; Debian package "time").
set -euo pipefail

orders=${1:-1000000}
visits=${2:-500000}
runs=${3:-5}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cli=${PARTNERDESK_CLI:-$root/build/app/partnerdesk-cli}
db=${DB:-/tmp/partnerdesk-report-$orders-$visits.sqlite}
[[ -x $cli ]] || { echo "report_bench: no partnerdesk-cli at $cli (set PARTNERDESK_CLI)" >&2; exit 1; }
for tool in python3 sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "report_bench: $tool is missing" >&2; exit 1; }
done
# A fixed "now": the demo's year of orders ends here and approvals are settled.
export PARTNERDESK_NOW=2026-12-01T00:00:00Z
from=2025-12-01
to=2026-11-30

if [[ ! -f $db ]]; then
    echo "== partnerdesk-cli demo --orders $orders"
    /usr/bin/time -f "demo: %e s wall, %U s user, %S s sys, peak RSS %M KB" "$cli" demo --orders "$orders" --db "$db"
    if (( visits > 0 )); then
        echo "== $visits visits: partnerdesk-cli visits import"
        csv=$(mktemp "${TMPDIR:-/tmp}/visits.XXXXXX.csv")
        python3 - "$visits" >"$csv" <<'EOF'
import random, sys, datetime
random.seed(20261124)
end = datetime.datetime(2026, 12, 1)
print("visited_at,landing_url,referrer_url,affiliate_code")
for _ in range(int(sys.argv[1])):
    at = end - datetime.timedelta(seconds=int(random.random() ** 2 * 365 * 86400) + random.randrange(3600))
    partner = "p%05d" % random.randint(1, 10000)
    roll = random.random()
    landing, referrer, code = "https://koongo.com/pricing", "", ""
    if roll < 0.45:
        landing += "?acc=" + partner
    elif roll < 0.55:
        code = partner
    elif roll < 0.75:
        referrer = "https://www.google.com/"
    print(f"{at:%Y-%m-%dT%H:%M:%SZ},{landing},{referrer},{code}")
EOF
        /usr/bin/time -f "visits import: %e s wall, %U s user, %S s sys" "$cli" visits import "$csv" --db "$db" || true
        rm -f "$csv"
    fi
fi

# The monthly report as a user would ask sqlite3 for it: orders, sales and commission per month,
# program, kind and currency; the orders no rule credited; the visits per month, program and rule.
plain_sql="
SELECT substr(placed_at, 1, 7), program_id, kind, currency,
       count(CASE WHEN superseded = 0 AND kind <> 'reversal' THEN 1 END),
       sum(CASE WHEN superseded = 0 AND kind <> 'reversal' THEN base_minor ELSE 0 END),
       sum(CASE WHEN status <> 'cancelled' THEN commission_minor ELSE 0 END)
FROM transactions WHERE placed_at >= '${from}T00:00:00Z' AND placed_at < '2026-12-01T00:00:00Z'
GROUP BY 1, 2, 3, 4;
SELECT substr(placed_at, 1, 7), currency, count(*), sum(subtotal_minor) FROM orders o
WHERE placed_at >= '${from}T00:00:00Z' AND placed_at < '2026-12-01T00:00:00Z'
  AND NOT EXISTS (SELECT 1 FROM transactions t WHERE t.order_id = o.order_id AND t.superseded = 0
                  AND t.kind <> 'reversal')
GROUP BY 1, 2;
SELECT substr(visited_at, 1, 7), coalesce(program_id, 0), rule, count(*) FROM visits
WHERE visited_at >= '${from}T00:00:00Z' AND visited_at < '2026-12-01T00:00:00Z' GROUP BY 1, 2, 3;"
# What ReportStore runs: the same, but a year of orders is read in rowid order (NOT INDEXED).
store_sql=${plain_sql/FROM orders o/FROM orders o NOT INDEXED}

# run LABEL COMMAND...: one timed run; appends "wall cpu" to $times.
run() {
    local label=$1
    shift
    /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >"$work/out"
    read -r wall user sys <"$work/time"
    local cpu
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    printf "  %-22s %6.2f s wall %6.2f s CPU  (%s lines)\n" "$label" "$wall" "$cpu" "$(wc -l <"$work/out")"
    echo "$wall $cpu" >>"$work/$label"
}
# stats LABEL: "best wall, median wall, best CPU" over the runs.
stats() {
    sort -n -k1 "$work/$1" | awk '{ w[NR] = $1 } END { printf "%.2f %.2f ", w[1], w[int((NR + 1) / 2)] }'
    sort -n -k2 "$work/$1" | awk 'NR == 1 { printf "%.2f\n", $2 }'
}

work=$(mktemp -d "${TMPDIR:-/tmp}/report-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "== database: $db ($(du -m "$db" | cut -f1) MB): $(sqlite3 "$db" "SELECT count(*) FROM transactions") transactions," \
     "$(sqlite3 "$db" "SELECT count(*) FROM orders") orders, $(sqlite3 "$db" "SELECT count(*) FROM visits") visits"
cat "$db" >/dev/null # every run starts with the file in the page cache
"$cli" report --from "$from" --to "$to" --format csv --db "$db" >/dev/null # approvals settled once

for ((i = 1; i <= runs; i++)); do
    echo "run $i"
    run app "$cli" report --from "$from" --to "$to" --format csv --db "$db"
    run app-no-rollups "$cli" report --from "$from" --to "$to" --format csv --db "$db" --no-rollups
    run sqlite3-plain sqlite3 "$db" "$plain_sql"
    run sqlite3-same-sql sqlite3 "$db" "$store_sql"
done

read -r app_best app_median app_cpu < <(stats app)
read -r ledger_best ledger_median ledger_cpu < <(stats app-no-rollups)
read -r plain_best plain_median plain_cpu < <(stats sqlite3-plain)
read -r same_best same_median same_cpu < <(stats sqlite3-same-sql)
echo
echo "machine:  $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command:  partnerdesk-cli report --from $from --to $to --format csv   (by month, program, kind)"
printf "%-34s %8s %8s %8s\n" "" "best" "median" "best CPU"
printf "%-34s %7.2fs %7.2fs %7.2fs\n" "partnerdesk-cli report" "$app_best" "$app_median" "$app_cpu"
printf "%-34s %7.2fs %7.2fs %7.2fs\n" "partnerdesk-cli report --no-rollups" "$ledger_best" "$ledger_median" \
    "$ledger_cpu"
printf "%-34s %7.2fs %7.2fs %7.2fs\n" "sqlite3, the equivalent GROUP BY" "$plain_best" "$plain_median" "$plain_cpu"
printf "%-34s %7.2fs %7.2fs %7.2fs\n" "sqlite3, the store's own SQL" "$same_best" "$same_median" "$same_cpu"
awk -v a="$app_median" -v p="$plain_median" -v s="$same_median" -v ac="$app_cpu" -v pc="$plain_cpu" \
    -v sc="$same_cpu" \
    'BEGIN { printf "ratio app / sqlite3 equivalent:    %.2f x median wall, %.2f x best CPU (goal: <= 1.5) %s\n",
             a / p, ac / pc, (a / p <= 1.5 ? "met" : "NOT met");
             printf "ratio app / sqlite3 same SQL:      %.2f x median wall, %.2f x best CPU\n", a / s, ac / sc }'

bench=${ROLLUPS_BENCH:-$root/build/tests/rollups_bench}
if [[ ! -x $bench ]]; then
    echo "report_bench: no rollups_bench at $bench (set ROLLUPS_BENCH): no rollup figures" >&2
    exit 0
fi
echo
echo "== reports from rollups: an upgraded book's first report (every day dirty), then warm"
echo "command:  $bench --db $db --runs $runs --rebuild"
"$bench" --db "$db" --runs "$runs" --rebuild
echo
echo "== a daily import of 10,000 orders, then the first report's refresh"
csv=$work/daily.csv
prefix=N$(date +%s)
sqlite3 -csv -header "$db" "SELECT '$prefix' || substr(order_id, 2) AS order_id, placed_at,
    printf('%d.%02d', subtotal_minor / 100, subtotal_minor % 100) AS subtotal, currency, status, coupon_code,
    affiliate_code, landing_url, referrer_url, customer_email
    FROM orders WHERE currency <> 'JPY' ORDER BY placed_at DESC LIMIT 10000" >"$csv"
/usr/bin/time -f "orders import of 10,000: %e s wall, %U s user, %S s sys" "$cli" orders import "$csv" --db "$db" |
    tail -1
echo "command:  $bench --db $db --runs $runs --only 'a year by month, program, kind'"
"$bench" --db "$db" --runs "$runs" --only 'a year by month, program, kind'

#!/usr/bin/env bash
# Partners pane benchmark: the SQL the pane runs (PartnerStore), timed by sqlite3 on a demo
# database of 10,000 partners and N orders: the first page, the last page (keyset), a search, a
# status filter with its count, and one partner's balance against the all-partner balance query
# (LedgerStore::balances) it replaces. Prints figures; not a pass/fail test.
#
#   tests/bench/partners_bench.sh [ORDERS]        (default 1000000)
#
# Environment: PARTNERDESK_CLI (default build/app/partnerdesk-cli), BENCH_DIR (default: a new
# temporary directory, removed afterwards unless KEEP=1).
set -euo pipefail

orders=${1:-1000000}
root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${PARTNERDESK_CLI:-$root/build/app/partnerdesk-cli}
[[ -x $cli ]] || { echo "partners_bench: no partnerdesk-cli at $cli (set PARTNERDESK_CLI)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "partners_bench: sqlite3 is missing" >&2; exit 1; }
work=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/partnerdesk-bench.XXXXXX")}
mkdir -p "$work"
if [[ -z ${BENCH_DIR:-} && -z ${KEEP:-} ]]; then
    trap 'rm -rf "$work"' EXIT
fi
db=$work/partners.sqlite
[[ -f $db ]] || "$cli" demo --orders "$orders" --db "$db" >/dev/null

# The partner with the most transactions, and the last name in the list (for the deepest page).
busiest=$(sqlite3 "$db" "SELECT affiliate_id FROM transactions GROUP BY affiliate_id ORDER BY count(*) DESC LIMIT 1")
IFS='|' read -r last_name last_id < <(sqlite3 -separator '|' "$db" \
    "SELECT replace(name, char(39), char(39, 39)), id FROM affiliates ORDER BY name COLLATE NOCASE DESC, id DESC LIMIT 1 OFFSET 150")
search="instr(lower(name), lower('an')) > 0 OR instr(lower(code), lower('an')) > 0 OR instr(lower(email), lower('an')) > 0"

run() { # label, SQL: prints the best wall time of 5 runs in ms
    local best
    best=$(for _ in 1 2 3 4 5; do
        printf ".timer on\n%s;\n" "$2" | sqlite3 "$db" | sed -n "s/^Run Time: real \([0-9.]*\).*/\1/p" | paste -sd+ | bc -l
    done | sort -n | head -1)
    printf "%-44s %8.1f ms\n" "$1" "$(echo "$best * 1000" | bc -l)"
}

echo "database: $orders orders, $(sqlite3 "$db" 'SELECT count(*) FROM affiliates') partners, $(sqlite3 "$db" 'SELECT count(*) FROM transactions') transactions"
run "first page (201 rows)" \
    "SELECT id, code, name, email, status, created_at FROM affiliates ORDER BY name COLLATE NOCASE, id LIMIT 201"
run "last page after keyset" \
    "SELECT id, code, name, email, status, created_at FROM affiliates WHERE name COLLATE NOCASE >= '$last_name' AND (name COLLATE NOCASE, id) > ('$last_name', $last_id) ORDER BY name COLLATE NOCASE, id LIMIT 201"
run "search 'an': count" "SELECT count(*) FROM affiliates WHERE $search"
run "search 'an': first page" \
    "SELECT id FROM affiliates WHERE ($search) ORDER BY name COLLATE NOCASE, id LIMIT 201"
run "status suspended: count + first page" \
    "SELECT count(*) FROM affiliates WHERE status = 'suspended'; SELECT id FROM affiliates WHERE status = 'suspended' ORDER BY name COLLATE NOCASE, id LIMIT 201"
run "one partner's balance (PartnerStore)" \
    "SELECT currency, sum(CASE WHEN status = 'pending' THEN commission_minor ELSE 0 END), sum(CASE WHEN status = 'approved' AND payout_id IS NULL THEN commission_minor ELSE 0 END), sum(CASE WHEN status = 'approved' AND payout_id IS NOT NULL THEN commission_minor ELSE 0 END), sum(CASE WHEN status = 'paid' THEN commission_minor ELSE 0 END) FROM transactions WHERE affiliate_id = $busiest AND status <> 'cancelled' GROUP BY currency"
run "every partner's balance (LedgerStore)" \
    "SELECT a.id, t.currency, sum(CASE WHEN t.status = 'pending' THEN t.commission_minor ELSE 0 END), sum(CASE WHEN t.status = 'approved' AND t.payout_id IS NULL THEN t.commission_minor ELSE 0 END), sum(CASE WHEN t.status = 'approved' AND t.payout_id IS NOT NULL THEN t.commission_minor ELSE 0 END), sum(CASE WHEN t.status = 'paid' THEN t.commission_minor ELSE 0 END) FROM transactions t JOIN affiliates a ON a.id = t.affiliate_id WHERE t.status <> 'cancelled' GROUP BY t.affiliate_id, t.currency ORDER BY a.code, t.currency"

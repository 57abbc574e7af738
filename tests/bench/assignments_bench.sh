#!/usr/bin/env bash
# Query plans and timings of the manual-assignments pane's SQL on a large demo database.
#   tests/bench/assignments_bench.sh [ORDERS]      (default 1,000,000; PARTNERDESK_CLI, BENCH_DB optional)
# The statements are the ones models/store/assignmentstore.cpp runs, with sample values bound.
# Prints figures; never fails on time.
set -euo pipefail

orders=${1:-1000000}
root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${PARTNERDESK_CLI:-$root/build/app/partnerdesk-cli}
db=${BENCH_DB:-/tmp/partnerdesk-assignments-$orders.sqlite}
command -v sqlite3 >/dev/null || { echo "assignments_bench: sqlite3 is missing" >&2; exit 1; }

if [[ ! -f $db ]]; then
    echo "== partnerdesk-cli demo --orders $orders --db $db"
    /usr/bin/time -f "demo: %e s wall, %U s user" "$cli" demo --orders "$orders" --db "$db"
fi

live="t.order_id = o.order_id AND t.superseded = 0 AND t.kind <> 'reversal'"
cols="o.id, o.order_id, o.placed_at, o.subtotal_minor, o.currency, o.status, o.customer_email, o.coupon_code, o.affiliate_code"
search="(o.order_id = :s OR (o.customer_email <> '' AND o.customer_email = :s COLLATE NOCASE) OR (o.coupon_code <> '' AND o.coupon_code = :s COLLATE NOCASE) OR (o.affiliate_code <> '' AND o.affiliate_code = :s COLLATE NOCASE))"
email=$(sqlite3 "$db" "SELECT customer_email FROM orders WHERE customer_email <> '' LIMIT 1")

sqlite3 "$db" <<SQL
.parameter init
.parameter set :s '$email'
.parameter set :p '2026-01-01T00:00:00Z'
.parameter set :id 999999999
.print == unattributed, first page
EXPLAIN QUERY PLAN SELECT $cols FROM orders o WHERE NOT EXISTS (SELECT 1 FROM transactions t WHERE $live) ORDER BY o.placed_at DESC, o.id DESC LIMIT 200;
.timer on
SELECT count(*) FROM (SELECT $cols FROM orders o WHERE NOT EXISTS (SELECT 1 FROM transactions t WHERE $live) ORDER BY o.placed_at DESC, o.id DESC LIMIT 200);
.timer off
.print == unattributed, the page after a key (keyset paging)
EXPLAIN QUERY PLAN SELECT $cols FROM orders o WHERE NOT EXISTS (SELECT 1 FROM transactions t WHERE $live) AND (o.placed_at, o.id) < (:p, :id) ORDER BY o.placed_at DESC, o.id DESC LIMIT 200;
.timer on
SELECT count(*) FROM (SELECT $cols FROM orders o WHERE NOT EXISTS (SELECT 1 FROM transactions t WHERE $live) AND (o.placed_at, o.id) < (:p, :id) ORDER BY o.placed_at DESC, o.id DESC LIMIT 200);
.timer off
.print == attributed, first page (show all)
EXPLAIN QUERY PLAN SELECT $cols, a.code, t.kind FROM orders o CROSS JOIN transactions t ON $live JOIN affiliates a ON a.id = t.affiliate_id ORDER BY o.placed_at DESC, o.id DESC LIMIT 200;
.timer on
SELECT count(*) FROM (SELECT $cols, a.code, t.kind FROM orders o CROSS JOIN transactions t ON $live JOIN affiliates a ON a.id = t.affiliate_id ORDER BY o.placed_at DESC, o.id DESC LIMIT 200);
.timer off
.print == counts: all orders, live transactions (unattributed = the difference)
EXPLAIN QUERY PLAN SELECT count(*) FROM orders;
EXPLAIN QUERY PLAN SELECT count(*) FROM transactions WHERE superseded = 0 AND kind <> 'reversal';
.timer on
SELECT count(*) FROM orders;
SELECT count(*) FROM transactions WHERE superseded = 0 AND kind <> 'reversal';
.timer off
.print == for comparison: counting unattributed orders with NOT EXISTS
.timer on
SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM transactions t WHERE $live);
.timer off
.print == search (exact e-mail, coupon, code or order id)
EXPLAIN QUERY PLAN SELECT $cols FROM orders o WHERE NOT EXISTS (SELECT 1 FROM transactions t WHERE $live) AND $search ORDER BY o.placed_at DESC, o.id DESC LIMIT 200;
.timer on
SELECT count(*), count(t.id) FROM orders o LEFT JOIN transactions t ON $live WHERE $search;
.timer off
SQL

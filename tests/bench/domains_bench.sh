#!/usr/bin/env bash
# Direct-link websites benchmark: the SQL DomainStore runs for the scheduler and the Websites
# overview, timed by sqlite3 on a demo database (10,000 partners) whose domains are multiplied to
# DOMAINS rows (a tenth verified by a network check and checked two days ago, some lapsing and
# lapsed). Prints figures; not a pass/fail test. The checks themselves are network-bound (at most
# two at a time, each up to 10 s per request) and are not timed here.
#
#   tests/bench/domains_bench.sh [DOMAINS]        (default 100000)
#
# Environment: PARTNERDESK_CLI (default build/app/partnerdesk-cli), BENCH_DIR (default: a new
# temporary directory, removed afterwards unless KEEP=1).
set -euo pipefail

domains=${1:-100000}
root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${PARTNERDESK_CLI:-$root/build/app/partnerdesk-cli}
[[ -x $cli ]] || { echo "domains_bench: no partnerdesk-cli at $cli (set PARTNERDESK_CLI)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "domains_bench: sqlite3 is missing" >&2; exit 1; }
work=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/partnerdesk-bench.XXXXXX")}
mkdir -p "$work"
if [[ -z ${BENCH_DIR:-} && -z ${KEEP:-} ]]; then
    trap 'rm -rf "$work"' EXIT
fi
db=$work/domains.sqlite
now=2026-06-01T00:00:00Z
if [[ ! -f $db ]]; then
    PARTNERDESK_NOW=$now "$cli" demo --orders 1000 --db "$db" >/dev/null
    # Synthetic sites for random partners: 10 % verified (meta/file/dns), of those 1 in 20 lapsing
    # and 1 in 20 lapsed; the rest registered only.
    sqlite3 "$db" <<SQL
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $domains - (SELECT count(*) FROM domains))
INSERT INTO domains (affiliate_id, domain, token, method, verified, verified_at, checked_at, created_at)
SELECT (SELECT id FROM affiliates ORDER BY id LIMIT 1 OFFSET abs(random()) % 10000),
       'site-' || i || '.example', 'bench-token-' || i,
       CASE WHEN i % 10 = 0 THEN (CASE i % 3 WHEN 0 THEN 'meta' WHEN 1 THEN 'file' ELSE 'dns' END) END,
       CASE WHEN i % 10 = 0 AND i % 200 <> 0 THEN 1 ELSE 0 END,
       CASE WHEN i % 10 = 0 THEN '2026-05-01T00:00:00Z' END,
       CASE WHEN i % 10 = 0 THEN strftime('%Y-%m-%dT%H:%M:%SZ', '2026-05-30', '+' || (i % 1440) || ' minutes') END,
       '2026-05-01T00:00:00Z'
FROM n;
INSERT INTO domain_checks (domain_id, last_finding, lapsing_since, failed_checks, lapsed_at)
SELECT id, 'http://' || domain || '/: no partnerdesk-verification meta tag',
       CASE WHEN verified = 1 THEN '2026-05-30T00:00:00Z' END, 1 + (verified = 0),
       CASE WHEN verified = 0 THEN '2026-05-31T00:00:00Z' END
FROM domains WHERE domain LIKE 'site-%' AND (id % 200 = 0 OR (verified = 0 AND method IS NOT NULL));
ANALYZE;
SQL
fi

run() { # label, SQL: prints the best wall time of 5 runs in ms
    local best
    best=$(for _ in 1 2 3 4 5; do
        printf ".timer on\n%s;\n" "$2" | sqlite3 "$db" | sed -n "s/^Run Time: real \([0-9.]*\).*/\1/p" | paste -sd+ | bc -l
    done | sort -n | head -1)
    printf "%-52s %8.1f ms\n" "$1" "$(echo "$best * 1000" | bc -l)"
}

# The statements as DomainStore builds them (models/store/domainstore.cpp).
columns="d.id, d.affiliate_id, d.domain, d.token, coalesce(d.method, ''), d.verified, coalesce(d.verified_at, ''), a.code, a.name, coalesce(d.checked_at, ''), coalesce(c.last_finding, ''), coalesce(c.lapsing_since, ''), coalesce(c.failed_checks, 0), coalesce(c.lapsed_at, '')"
tables="domains d JOIN affiliates a ON a.id = d.affiliate_id LEFT JOIN domain_checks c ON c.domain_id = d.id"
rechecked="d.verified = 1 AND d.method IN ('meta', 'file', 'dns')"

echo "database: $(sqlite3 "$db" 'SELECT count(*) FROM affiliates') partners, $(sqlite3 "$db" 'SELECT count(*) FROM domains') domains, $(sqlite3 "$db" "SELECT count(*) FROM domains d WHERE $rechecked") re-checked"
run "next due time (nextDueAt)" \
    "SELECT count(*), min(coalesce(checked_at, '')) FROM domains WHERE verified = 1 AND method IN ('meta', 'file', 'dns')"
run "due at 2026-05-31T12:00 (about half due)" \
    "SELECT $columns FROM $tables WHERE $rechecked AND (d.checked_at IS NULL OR d.checked_at <= '2026-05-30T12:00:00Z') ORDER BY coalesce(d.checked_at, ''), d.id"
run "due at 2026-06-01 (all due)" \
    "SELECT $columns FROM $tables WHERE $rechecked AND (d.checked_at IS NULL OR d.checked_at <= '2026-05-31T00:00:00Z') ORDER BY coalesce(d.checked_at, ''), d.id"
run "Websites overview: every site" "SELECT $columns FROM $tables WHERE 1 ORDER BY a.name, a.code, d.domain"
run "Websites overview: search 'site-12'" \
    "SELECT $columns FROM $tables WHERE (instr(lower(d.domain), 'site-12') > 0 OR instr(lower(a.name), 'site-12') > 0 OR instr(lower(a.code), 'site-12') > 0) ORDER BY a.name, a.code, d.domain"
run "Websites overview: needing attention" \
    "SELECT $columns FROM $tables WHERE ((d.verified = 1 AND c.lapsing_since IS NOT NULL AND d.method IN ('meta', 'file', 'dns')) OR (d.verified = 0 AND c.lapsed_at IS NOT NULL)) ORDER BY a.name, a.code, d.domain"
run "one partner's sites (Direct Links tab)" \
    "SELECT $columns FROM $tables WHERE d.affiliate_id = (SELECT affiliate_id FROM domains LIMIT 1) ORDER BY d.domain"

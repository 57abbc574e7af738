#!/usr/bin/env python3
"""Writes a realistic orders CSV (DESIGN.md, "Formats") for the import benchmark.

The attribution data comes from a PartnerDesk database filled by `partnerdesk-cli demo --orders 0`:
partner codes, coupons, verified direct-link domains and rewrites, so that every rule fires in
about the proportions a real store sees. Deterministic for a given --seed.
"""

import argparse
import random
import sqlite3
import sys

MIX = [  # (share in percent, kind)
    (24, "coupon"),
    (30, "acc"),
    (8, "cookie"),      # affiliate_code column only (an older click)
    (4, "rewrite"),
    (10, "direct"),
    (24, "none"),
]
STATUSES = [(70, "complete"), (15, "pending"), (10, "canceled"), (5, "refunded")]
REFERRERS = ["https://www.google.com/", "https://www.bing.com/search?q=koongo", "https://duckduckgo.com/", ""]
PAGES = ["/", "/pricing", "/features/feeds", "/blog/marketplaces", "/signup?plan=pro", "/en/integrations/shopify"]
DIGITS = {"EUR": 2, "USD": 2, "JPY": 0, "CZK": 2, "GBP": 2}


def weighted(rng, table):
    roll = rng.randrange(100)
    for share, value in table:
        if roll < share:
            return value
        roll -= share
    return table[-1][1]


def load(db_path):
    db = sqlite3.connect(db_path)
    partners = db.execute(
        "SELECT a.code, p.currency, (SELECT min(host) FROM program_hosts h WHERE h.program_id = p.id) "
        "FROM affiliates a JOIN memberships m ON m.affiliate_id = a.id AND m.is_primary = 1 "
        "JOIN programs p ON p.id = m.program_id").fetchall()
    coupons = db.execute(
        "SELECT c.code, p.currency FROM coupons c JOIN programs p ON p.id = c.program_id").fetchall()
    domains = [row[0] for row in db.execute("SELECT domain FROM domains WHERE verified = 1")]
    rewrites = db.execute("SELECT host, path FROM rewrites").fetchall()
    hosts = [row[0] for row in db.execute("SELECT DISTINCT host FROM program_hosts")]
    db.close()
    if not partners or not coupons or not domains or not rewrites:
        sys.exit("generate_orders.py: the database lacks partners, coupons, domains or rewrites; "
                 "fill it with `partnerdesk-cli demo --orders 0` first")
    return partners, coupons, domains, rewrites, hosts


def amount(rng, currency):
    digits = DIGITS.get(currency, 2)
    if digits == 0:
        return str(rng.randrange(500, 60000))
    minor = rng.randrange(500, 60000)
    return "%d.%02d" % divmod(minor, 100)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--orders", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args()

    partners, coupons, domains, rewrites, hosts = load(args.db)
    rng = random.Random(args.seed)
    start = 1735689600  # 2025-01-01T00:00:00Z
    span = 700 * 86400

    with open(args.out, "w", encoding="utf-8", newline="") as out:
        out.write("order_id,placed_at,subtotal,currency,status,coupon_code,affiliate_code,"
                  "landing_url,referrer_url,customer_email\n")
        for n in range(1, args.orders + 1):
            kind = weighted(rng, MIX)
            coupon = cookie = landing = referrer = ""
            currency = "EUR"
            host = rng.choice(hosts)
            page = rng.choice(PAGES)
            if kind == "coupon":
                code, currency = rng.choice(coupons)
                coupon = code if rng.randrange(10) else " " + code.lower() + " "
                landing = "https://%s%s" % (host, page)
            elif kind == "acc":
                code, currency, host = rng.choice(partners)
                separator = "&" if "?" in page else "?"
                landing = "https://www.%s%s%sacc=%s&utm_source=partner" % (host, page, separator, code)
            elif kind == "cookie":
                cookie, currency, host = rng.choice(partners)
                landing = "https://%s%s" % (host, page)
            elif kind == "rewrite":
                host, path = rng.choice(rewrites)
                landing = "https://%s%s" % (host, path)
            elif kind == "direct":
                domain = rng.choice(domains).lstrip("*.")
                referrer = "https://www.%s/posts/%d" % (domain, rng.randrange(1000))
                landing = "https://%s%s" % (host, page)
            else:
                referrer = rng.choice(REFERRERS)
                landing = "https://%s%s" % (host, page) if rng.randrange(4) else ""
                currency = weighted(rng, [(85, "EUR"), (10, "USD"), (5, "JPY")])
            placed = start + rng.randrange(span)
            seconds = placed % 86400
            days = placed // 86400
            # civil-from-days (Howard Hinnant), to avoid datetime's cost per row
            z = days + 719468
            era = z // 146097
            doe = z - era * 146097
            yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
            doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
            mp = (5 * doy + 2) // 153
            day = doy - (153 * mp + 2) // 5 + 1
            month = mp + 3 if mp < 10 else mp - 9
            year = yoe + era * 400 + (1 if month <= 2 else 0)
            placed_at = "%04d-%02d-%02dT%02d:%02d:%02dZ" % (
                year, month, day, seconds // 3600, seconds // 60 % 60, seconds % 60)
            email = "customer%d@example.com" % rng.randrange(400000) if rng.randrange(3) else ""
            if "," in landing or '"' in landing:
                landing = '"' + landing.replace('"', '""') + '"'
            out.write("B%08d,%s,%s,%s,%s,%s,%s,%s,%s,%s\n" % (
                n, placed_at, amount(rng, currency), currency, weighted(rng, STATUSES),
                coupon, cookie, landing, referrer, email))


if __name__ == "__main__":
    main()

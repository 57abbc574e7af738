-- PartnerDesk local store, version 1.
-- Money is integer minor units of the row's currency (*_minor); rates are basis points (*_bp,
-- 2000 = 20 %). Timestamps are UTC ISO 8601 text ("2026-01-31T12:00:00Z"), which sorts and
-- compares correctly as text.
-- CHECKs list values with OR, not IN (...): SQLite builds a temporary b-tree for every IN list of
-- more than two constants on every insert, which cost a quarter of the import's time.

CREATE TABLE programs (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    description          TEXT NOT NULL DEFAULT '',
    currency             TEXT NOT NULL CHECK (length(currency) = 3),
    link_rate_bp         INTEGER NOT NULL CHECK (link_rate_bp BETWEEN 0 AND 10000),
    coupon_rate_bp       INTEGER NOT NULL CHECK (coupon_rate_bp BETWEEN 0 AND 10000),
    coupon_discount_bp   INTEGER NOT NULL CHECK (coupon_discount_bp BETWEEN 0 AND 10000),
    threshold_minor      INTEGER NOT NULL CHECK (threshold_minor >= 0),
    cookie_days          INTEGER NOT NULL DEFAULT 30 CHECK (cookie_days >= 0),
    hold_days            INTEGER NOT NULL DEFAULT 30 CHECK (hold_days >= 0),
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at           TEXT NOT NULL
);

-- Hosts a program's links may point to (already normalised: lower case, punycode, no www.).
CREATE TABLE program_hosts (
    program_id  INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
    host        TEXT NOT NULL,
    PRIMARY KEY (program_id, host)
) WITHOUT ROWID;
CREATE INDEX program_hosts_host ON program_hosts(host);

CREATE TABLE affiliates (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(code) > 0),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email       TEXT NOT NULL COLLATE NOCASE,
    status      TEXT NOT NULL DEFAULT 'approved' CHECK (status = 'pending' OR status = 'approved' OR status = 'suspended'),
    created_at  TEXT NOT NULL
);
CREATE INDEX affiliates_email ON affiliates(email);

-- A partner's membership of a program. The primary membership is the one rules 3-5 use.
CREATE TABLE memberships (
    id            INTEGER PRIMARY KEY,
    affiliate_id  INTEGER NOT NULL REFERENCES affiliates(id),
    program_id    INTEGER NOT NULL REFERENCES programs(id),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    is_primary    INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    joined_at     TEXT NOT NULL,
    left_at       TEXT,
    UNIQUE (affiliate_id, program_id)
);
CREATE UNIQUE INDEX memberships_one_primary ON memberships(affiliate_id) WHERE is_primary = 1;
CREATE INDEX memberships_program ON memberships(program_id);

CREATE TABLE coupons (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(code)) > 0),
    affiliate_id  INTEGER NOT NULL REFERENCES affiliates(id),
    program_id    INTEGER NOT NULL REFERENCES programs(id),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL
);
CREATE INDEX coupons_affiliate ON coupons(affiliate_id);

CREATE TABLE banners (
    id            INTEGER PRIMARY KEY,
    program_id    INTEGER NOT NULL REFERENCES programs(id),
    affiliate_id  INTEGER REFERENCES affiliates(id),   -- NULL: a stock banner of the program
    title         TEXT NOT NULL,
    image_url     TEXT NOT NULL,
    width         INTEGER NOT NULL CHECK (width > 0),
    height        INTEGER NOT NULL CHECK (height > 0),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL
);
CREATE INDEX banners_program ON banners(program_id);

-- Direct-link domains. `domain` is normalised; a leading "*." means "and its subdomains".
CREATE TABLE domains (
    id            INTEGER PRIMARY KEY,
    affiliate_id  INTEGER NOT NULL REFERENCES affiliates(id),
    domain        TEXT NOT NULL,
    token         TEXT NOT NULL UNIQUE,
    method        TEXT CHECK (method = 'meta' OR method = 'file' OR method = 'dns' OR method = 'manual'),
    verified      INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
    verified_at   TEXT,
    checked_at    TEXT,
    created_at    TEXT NOT NULL,
    UNIQUE (affiliate_id, domain)
);
-- One verified domain belongs to one partner at a time.
CREATE UNIQUE INDEX domains_one_verified_owner ON domains(domain) WHERE verified = 1;

CREATE TABLE rewrites (
    id            INTEGER PRIMARY KEY,
    affiliate_id  INTEGER NOT NULL REFERENCES affiliates(id),
    host          TEXT NOT NULL,
    path          TEXT NOT NULL CHECK (substr(path, 1, 1) = '/'),
    target_url    TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL,
    UNIQUE (host, path)
);

-- One row per run of the orders import (also the demo generator).
CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    source        TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    imported      INTEGER NOT NULL DEFAULT 0,
    rejected      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE orders (
    id              INTEGER PRIMARY KEY,
    order_id        TEXT NOT NULL UNIQUE,
    placed_at       TEXT NOT NULL,
    subtotal_minor  INTEGER NOT NULL,
    currency        TEXT NOT NULL CHECK (length(currency) = 3),
    status          TEXT NOT NULL CHECK (status = 'pending' OR status = 'complete' OR status = 'canceled' OR status = 'refunded'),
    coupon_code     TEXT NOT NULL DEFAULT '',
    affiliate_code  TEXT NOT NULL DEFAULT '',
    landing_url     TEXT NOT NULL DEFAULT '',
    referrer_url    TEXT NOT NULL DEFAULT '',
    customer_email  TEXT NOT NULL DEFAULT '',
    import_id       INTEGER REFERENCES imports(id),
    import_line     INTEGER NOT NULL DEFAULT 0,
    updated_at      TEXT NOT NULL
);
CREATE INDEX orders_placed_at ON orders(placed_at);

-- Manual assignments override every rule; the latest row for an order is the one in force.
CREATE TABLE manual_assignments (
    id               INTEGER PRIMARY KEY,
    order_id         TEXT NOT NULL,
    affiliate_id     INTEGER NOT NULL REFERENCES affiliates(id),
    amount_minor     INTEGER,              -- NULL: the link commission of the primary program
    reason           TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    assigned_by      TEXT NOT NULL,
    assigned_at      TEXT NOT NULL
);
CREATE INDEX manual_assignments_order ON manual_assignments(order_id, id);

CREATE TABLE payouts (
    id            INTEGER PRIMARY KEY,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    format        TEXT NOT NULL,
    file_path     TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'exported' CHECK (status IN ('exported', 'paid')),
    paid_at       TEXT
);

-- One line of a payout batch: what one partner is paid in one currency.
CREATE TABLE payout_lines (
    id            INTEGER PRIMARY KEY,
    payout_id     INTEGER NOT NULL REFERENCES payouts(id),
    affiliate_id  INTEGER NOT NULL REFERENCES affiliates(id),
    currency      TEXT NOT NULL,
    amount_minor  INTEGER NOT NULL,
    transactions  INTEGER NOT NULL,
    UNIQUE (payout_id, affiliate_id, currency)
);

-- Commission ledger. Each order has at most one live (superseded = 0, kind <> 'reversal')
-- transaction; a manual reassignment supersedes and cancels the previous one.
CREATE TABLE transactions (
    id                INTEGER PRIMARY KEY,
    order_id          TEXT NOT NULL,
    affiliate_id      INTEGER NOT NULL REFERENCES affiliates(id),
    program_id        INTEGER NOT NULL REFERENCES programs(id),
    kind              TEXT NOT NULL CHECK (kind = 'manual' OR kind = 'coupon' OR kind = 'link' OR kind = 'rewrite' OR kind = 'direct' OR kind = 'reversal'),
    base_minor        INTEGER NOT NULL,
    rate_bp           INTEGER NOT NULL,
    commission_minor  INTEGER NOT NULL,
    currency          TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status = 'pending' OR status = 'approved' OR status = 'cancelled' OR status = 'paid'),
    self_referral     INTEGER NOT NULL DEFAULT 0 CHECK (self_referral IN (0, 1)),
    superseded        INTEGER NOT NULL DEFAULT 0 CHECK (superseded IN (0, 1)),
    reverses_id       INTEGER REFERENCES transactions(id),
    approve_at        TEXT,                 -- complete orders: placed_at + the approval hold
    payout_id         INTEGER REFERENCES payouts(id),
    placed_at         TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE UNIQUE INDEX transactions_live_per_order ON transactions(order_id)
    WHERE superseded = 0 AND kind <> 'reversal';
CREATE UNIQUE INDEX transactions_one_reversal ON transactions(reverses_id) WHERE reverses_id IS NOT NULL;
CREATE INDEX transactions_order ON transactions(order_id);
CREATE INDEX transactions_affiliate_status ON transactions(affiliate_id, status, currency);
CREATE INDEX transactions_placed_at ON transactions(placed_at);
CREATE INDEX transactions_pending_approval ON transactions(approve_at) WHERE status = 'pending';

-- Append-only audit log: who, when, what, before, after, why. The database refuses to change it.
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    before_json  TEXT NOT NULL DEFAULT '',
    after_json   TEXT NOT NULL DEFAULT '',
    reason       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be updated');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted');
END;

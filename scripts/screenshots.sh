#!/usr/bin/env bash
# Writes a screenshot of every pane in docs/ (PANES="a b" for some; PARTNER_PANES="" for none of
# partner mode's) from a demo database, with the offscreen platform: no display
# needed. Builds nothing; pass the build directory (default: build).
#
#   scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
app="$build/app/partnerdesk"
cli="$build/app/partnerdesk-cli"
if [[ ! -x "$app" ]]; then
    echo "screenshots: $app is missing; build first (cmake --build $build)" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/runtime"

# A clean user: no saved window geometry, no database of the person running this. A pinned clock
# and an English locale make the pictures the same on every run.
export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
export PARTNERDESK_NOW=2026-06-01T09:00:00Z
export LANG=en_US.UTF-8 LANGUAGE=en
unset LC_ALL LC_NUMERIC LC_MONETARY # money and counts are written in LANG's locale

db="$work/demo.sqlite"
if [[ -x "$cli" ]] && "$cli" --db "$db" demo --orders 2000 >/dev/null; then
    demo=()
else
    echo "screenshots: partnerdesk-cli demo failed; the app creates the demo data itself" >&2
    rm -f "$db"
    demo=(--demo)
fi

mkdir -p "$root/docs"
panes=(${PANES:-programs partners package links transactions assignments payouts reports})
for pane in "${panes[@]}"; do
    open=()
    # The Transactions pane with a transaction selected, so its explainer shows.
    if [[ $pane == transactions && -f $db ]] && command -v sqlite3 >/dev/null; then
        order=$(sqlite3 "$db" "SELECT order_id FROM transactions WHERE kind = 'direct' ORDER BY placed_at DESC LIMIT 1")
        [[ -n $order ]] && open=(--open "order=$order")
    fi
    # The Partner Package of a partner with a coupon.
    if [[ $pane == package && -f $db ]] && command -v sqlite3 >/dev/null; then
        code=$(sqlite3 "$db" "SELECT a.code FROM coupons c JOIN affiliates a ON a.id = c.affiliate_id ORDER BY a.code LIMIT 1")
        [[ -n $code ]] && open=(--open "affiliate=$code" --open tab=banners)
    fi
    "$app" --db "$db" "${demo[@]}" --pane "$pane" "${open[@]}" --screenshot "$root/docs/screenshot-$pane.png" \
        2> >(grep -v propagateSizeHints >&2)
    demo=() # the first run created the demo data
    echo "screenshots: wrote docs/screenshot-$pane.png"
done

# Partner mode: the window as one partner sees it (of those with a coupon, one with an order this
# month, the one with the most transactions).
partner_panes=(${PARTNER_PANES-overview package transactions balance})
if [[ ${#partner_panes[@]} -gt 0 && -f $db ]] && command -v sqlite3 >/dev/null; then
    partner=$(sqlite3 "$db" "SELECT a.code FROM transactions t JOIN affiliates a ON a.id = t.affiliate_id
                             GROUP BY a.id
                             ORDER BY EXISTS (SELECT 1 FROM coupons c WHERE c.affiliate_id = a.id) DESC,
                                      max(t.placed_at) >= substr('$PARTNERDESK_NOW', 1, 7) DESC,
                                      count(*) DESC, a.code LIMIT 1")
    for pane in "${partner_panes[@]}"; do
        open=()
        [[ $pane == package ]] && open=(--open tab=links --open url=https://koongo.com/pricing#plans)
        if [[ $pane == transactions ]]; then
            order=$(sqlite3 "$db" "SELECT t.order_id FROM transactions t JOIN affiliates a ON a.id = t.affiliate_id
                                   WHERE a.code = '$partner' ORDER BY t.placed_at DESC LIMIT 1")
            [[ -n $order ]] && open=(--open "order=$order")
        fi
        "$app" --db "$db" --partner "$partner" --pane "$pane" "${open[@]}" --screenshot "$root/docs/screenshot-partner-$pane.png" \
            2> >(grep -v propagateSizeHints >&2)
        echo "screenshots: wrote docs/screenshot-partner-$pane.png"
    done
fi

# Partner requests (issue #14): requests filed through the CLI on the demo book, as partners file
# them from their windows (REQUESTS=no skips them); the manager's Requests pane with a claim
# selected beside the order's explainer, and the partner's My Requests with a decision selected.
# The two dialogs are grabbed by tst_partnerrequestdialogs (PARTNERDESK_SCREENSHOT_DIR).
if [[ ${REQUESTS-yes} == yes && -x $cli && -f $db ]] && command -v sqlite3 >/dev/null; then
    q() { sqlite3 "$db" "$1"; }
    filed() { "$cli" --db "$db" "$@" | tail -n 1; } # the request id (R12) is the last line
    partner=${partner:-$(q "SELECT a.code FROM transactions t JOIN affiliates a ON a.id = t.affiliate_id
                             GROUP BY a.id ORDER BY count(*) DESC, a.code LIMIT 1")}
    others=($(q "SELECT code FROM affiliates WHERE code <> '$partner' AND status = 'approved' ORDER BY code LIMIT 2"))
    # An order the rules gave another partner through his coupon: the partner says it is his.
    order=$(q "SELECT t.order_id FROM transactions t JOIN affiliates a ON a.id = t.affiliate_id
               WHERE a.code <> '$partner' AND t.kind = 'coupon' AND t.superseded = 0
               ORDER BY t.placed_at DESC LIMIT 1")
    placed=$(q "SELECT substr(placed_at, 1, 10) FROM orders WHERE order_id = '$order'")
    host=$(q "SELECT h.host FROM program_hosts h JOIN memberships m ON m.program_id = h.program_id
              JOIN affiliates a ON a.id = m.affiliate_id WHERE a.code = '$partner' ORDER BY h.host LIMIT 1")
    program=$(q "SELECT p.name FROM programs p JOIN memberships m ON m.program_id = p.id
                 JOIN affiliates a ON a.id = m.affiliate_id WHERE a.code = '$partner' ORDER BY p.id LIMIT 1")
    slug=$(tr '[:upper:]' '[:lower:]' <<<"$partner")
    claim=$(filed claim --affiliate "$partner" --order "$order" --date "$placed" \
        --reason "The customer wrote to me that she forgot to enter my coupon and used a friend's instead; her e-mail of $placed is forwarded to you.")
    missing=$(filed claim --affiliate "$partner" --order 100999 --date 2026-05-28 \
        --reason "Ordered after my webinar; the customer says the coupon field was not shown on mobile.")
    vanity=$(filed vanity --affiliate "$partner" --host "$host" --path "/$slug" --target "https://$host/pricing" \
        --reason "For my YouTube channel's description")
    filed vanity --affiliate "${others[0]}" --host "$host" --path "/partner/$(tr '[:upper:]' '[:lower:]' <<<"${others[0]}")" \
        --target "https://$host/" >/dev/null
    filed claim --affiliate "${others[1]}" --order 100777 --reason "Phone order; the customer named my shop." >/dev/null
    email=$(q "SELECT email FROM affiliates WHERE code = '${others[1]}'")
    printf 'name,email,website,promotion,program\n%s\n%s\n' \
        "Petra Nováková,petra@recenze.example,https://recenze.example,Reviews of e-shop tools on my blog and newsletter,$program" \
        "Second Account,$email,https://second.example,The same people under another name,$program" >"$work/applications.csv"
    "$cli" --db "$db" applications import "$work/applications.csv" >/dev/null
    "$cli" --db "$db" request reject --id "$missing" \
        --reason "Order 100999 is not in the shop's books: the order number may be mistyped; file it again with the number from the confirmation e-mail." >/dev/null
    "$cli" --db "$db" request approve --id "$vanity" --path "/partner/$slug" \
        --reason "Short paths are kept for our own campaigns; yours is under /partner/." >/dev/null

    "$app" --db "$db" --pane requests --open "request=$claim" --screenshot "$root/docs/screenshot-requests.png" \
        2> >(grep -v propagateSizeHints >&2)
    echo "screenshots: wrote docs/screenshot-requests.png"
    "$app" --db "$db" --partner "$partner" --pane myrequests --open "request=$missing" \
        --screenshot "$root/docs/screenshot-partner-requests.png" 2> >(grep -v propagateSizeHints >&2)
    echo "screenshots: wrote docs/screenshot-partner-requests.png"
    if [[ -x $build/tests/tst_partnerrequestdialogs ]]; then
        PARTNERDESK_SCREENSHOT_DIR="$root/docs" QT_QPA_PLATFORM=offscreen \
            "$build/tests/tst_partnerrequestdialogs" claimAnOrder requestAVanityLink >/dev/null 2>&1 &&
            echo "screenshots: wrote docs/screenshot-partner-claim.png and -partner-vanity.png"
    fi
fi

# File › E-mail Notices… after Send Now through a real SMTP server on loopback (tst_noticesgui).
if [[ ${REQUESTS-yes} == yes && -x $build/tests/tst_noticesgui ]]; then
    PARTNERDESK_SCREENSHOT_DIR="$root/docs" PARTNERDESK_TEST_COMMON="$root/tests/common" QT_QPA_PLATFORM=offscreen \
        "$build/tests/tst_noticesgui" sendNowDeliversOnce >/dev/null 2>&1 &&
        echo "screenshots: wrote docs/screenshot-notices.png"
fi

# Commission rules (issue #15): the Fraud review with held transactions and the program dialog's
# Commission Rules tab, grabbed by their tests on a small book of their own.
if [[ -x $build/tests/tst_fraudreview ]]; then
    PARTNERDESK_SCREENSHOT_DIR="$root/docs" QT_QPA_PLATFORM=offscreen \
        "$build/tests/tst_fraudreview" listsTheHeldWithBadge >/dev/null 2>&1 &&
        echo "screenshots: wrote docs/screenshot-fraud-review.png"
fi
if [[ -x $build/tests/tst_programrules ]]; then
    PARTNERDESK_SCREENSHOT_DIR="$root/docs" QT_QPA_PLATFORM=offscreen \
        "$build/tests/tst_programrules" showsWhatIsStored >/dev/null 2>&1 &&
        echo "screenshots: wrote docs/screenshot-program-rules.png"
fi

# The Conflicts dialog showing a key clash between two desktops (it needs a central database:
# tst_uniqueconflicts starts one and grabs the dialog when PARTNERDESK_SCREENSHOT_DIR is set).
if [[ -x $build/tests/tst_uniqueconflicts ]]; then
    PARTNERDESK_SCREENSHOT_DIR="$root/docs" QT_QPA_PLATFORM=offscreen \
        "$build/tests/tst_uniqueconflicts" dialogSaysWhatAClashMeans >/dev/null 2>&1 &&
        echo "screenshots: wrote docs/screenshot-sync-conflicts.png"
fi

# Two dialogs refusing a value, the reason under the field in the CLI's words (issue #12).
if [[ -x $build/tests/tst_inlinereasons && -x $cli ]]; then
    PARTNERDESK_SCREENSHOT_DIR="$root/docs" PARTNERDESK_CLI="$cli" QT_QPA_PLATFORM=offscreen \
        "$build/tests/tst_inlinereasons" "rewriteDialogRefuses:path with {" "bannerDialogRefuses:image URL with a space" \
        >/dev/null 2>&1 &&
        echo "screenshots: wrote docs/screenshot-inline-reasons-rewrite.png and -banner.png"
fi

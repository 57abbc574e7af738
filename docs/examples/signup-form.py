#!/usr/bin/env python3
"""A tiny sign-up form handler for the store's website (docs/REQUESTS.md, "The store's web form").

It files a PartnerDesk sign-up with the one INSERT the store-integration login may run; a manager
decides it in PartnerDesk's Requests pane. Run it behind the store's web server, e.g.:

    PARTNERDESK_DSN='host=db.example.com dbname=books user=shop sslmode=verify-full' \
    PGPASSWORD=... python3 signup-form.py 8080

It needs psycopg 3 (Debian: python3-psycopg). Values are bound, never formatted into the SQL.
"""

import html
import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs

import psycopg

SIGNUP = (
    "INSERT INTO partnerdesk.requests (kind, program_id, applicant_name, applicant_email, website, promotion) "
    "VALUES ('signup', partnerdesk.program_id_of(%s), %s, %s, %s, %s)"
)

FORM = """<!doctype html><meta charset="utf-8"><title>Become a partner</title>
<h1>Become a partner</h1><p>{message}</p>
<form method="post">
<label>Name <input name="name" required maxlength="200"></label><br>
<label>E-mail <input name="email" type="email" required maxlength="254"></label><br>
<label>Website <input name="website" maxlength="2048"></label><br>
<label>How will you promote us? <textarea name="promotion" maxlength="2000"></textarea></label><br>
<input type="hidden" name="program" value="{program}">
<button>Apply</button></form>"""


class SignupForm(BaseHTTPRequestHandler):
    program = os.environ.get("PARTNERDESK_PROGRAM", "Koongo Partner")

    def page(self, status, message):
        body = FORM.format(message=html.escape(message), program=html.escape(self.program)).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.page(200, "")

    def do_POST(self):
        length = min(int(self.headers.get("Content-Length", "0")), 64 * 1024)
        fields = parse_qs(self.rfile.read(length).decode("utf-8", "replace"))

        def value(name):
            return fields.get(name, [""])[0].strip()

        try:
            with psycopg.connect(os.environ["PARTNERDESK_DSN"]) as connection:
                connection.execute(SIGNUP, (value("program") or self.program, value("name"), value("email"),
                                            value("website"), value("promotion")))
        except psycopg.errors.CheckViolation:
            # A value the rules refuse (docs/SECURITY.md, "Values"), or no such program.
            self.page(400, "Please check your entries and try again.")
            return
        except psycopg.Error:
            self.page(503, "We could not take your application right now; please try again later.")
            return
        self.page(200, "Thank you! We will get back to you by e-mail.")


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 8080), SignupForm).serve_forever()

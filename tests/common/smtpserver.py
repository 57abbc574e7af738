#!/usr/bin/python3
"""A real SMTP server on loopback for PartnerDesk's notice tests (tests/common/smtptestkit.h).

Debian's python3-aiosmtpd with STARTTLS required (or --tls implicit: TLS from the first byte;
--tls none: no TLS at all, for the client's refusal) (a throw-away CA and server certificate made by
openssl in FOLDER; the client verifies against FOLDER/ca.pem) and AUTH (PLAIN, LOGIN) required,
only after STARTTLS. Each accepted message is written to FOLDER/mail-NNNN.json (envelope, login,
decoded subject and plain-text body with LF line ends) before the server answers 250; with --refuse N the first N
messages are answered "451 4.3.0 try again later" and recorded as FOLDER/refused-NNNN.json.

Prints "PORT <n>" on stdout when it listens on 127.0.0.1:<n>; stops on SIGTERM or when stdin closes.
"""

import argparse
import email
import email.policy
import json
import os
import signal
import socket
import subprocess
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def make_certificates(folder):
    def openssl(*arguments):
        subprocess.run(["openssl", *arguments], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    path = lambda name: os.path.join(folder, name)
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", path("ca.key"), "-out", path("ca.pem"),
            "-days", "2", "-subj", "/CN=PartnerDesk test CA")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", path("server.key"), "-out", path("server.csr"),
            "-subj", "/CN=localhost")
    with open(path("server.ext"), "w") as ext:
        ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n")
    openssl("x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"),
            "-CAcreateserial", "-out", path("server.pem"), "-days", "2", "-extfile", path("server.ext"))


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Handler:
    def __init__(self, folder, refuse):
        self.folder = folder
        self.refuse = refuse
        self.lock = threading.Lock()
        self.count = 0

    def write(self, prefix, record):
        with self.lock:
            self.count += 1
            name = os.path.join(self.folder, "%s-%04d.json" % (prefix, self.count))
        with open(name + ".tmp", "w", encoding="utf-8") as out:
            json.dump(record, out, ensure_ascii=False)
        os.replace(name + ".tmp", name)

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        login = session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else ""
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "login": login,
            "subject": str(message["subject"] or ""),
            "message_id": str(message["message-id"] or ""),
            # The wire's CRLF line ends as the text's LF.
            "body": body.get_content().replace("\r\n", "\n") if body is not None else "",
        }
        if self.refuse > 0:
            self.refuse -= 1
            self.write("refused", record)
            return "451 4.3.0 try again later"
        self.write("mail", record)
        return "250 2.0.0 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--refuse", type=int, default=0)
    # starttls: STARTTLS required before anything else; implicit: TLS from the first byte (smtps);
    # none: no TLS offered at all (a client must refuse to send).
    parser.add_argument("--tls", choices=["starttls", "implicit", "none"], default="starttls")
    options = parser.parse_args()

    make_certificates(options.folder)
    import ssl
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(os.path.join(options.folder, "server.pem"), os.path.join(options.folder, "server.key"))

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == options.user.encode()
              and auth_data.password == options.password.encode())
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    port = free_port()
    if options.tls == "starttls":
        tls = dict(tls_context=context, require_starttls=True, auth_require_tls=True)
    elif options.tls == "implicit":
        # The whole connection is TLS; aiosmtpd 1.4 only counts STARTTLS for auth_require_tls and
        # would not offer AUTH at all.
        tls = dict(ssl_context=context, auth_require_tls=False)
    else:
        tls = dict(auth_require_tls=False)
    controller = Controller(Handler(options.folder, options.refuse), hostname="127.0.0.1", port=port,
                            authenticator=authenticate, auth_required=True, **tls)
    controller.start()
    print("PORT %d" % port, flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()

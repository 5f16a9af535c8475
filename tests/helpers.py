"""Helpers shared by tests: the public forms' start time, and mail servers on
loopback that record, hang or refuse (aiosmtpd)."""

import asyncio
import contextlib
import socket
import time

from aiosmtpd.controller import Controller
from django.core import signing

from campaign.submissions.forms import STARTED_SALT


def started_token(seconds_ago=60):
    """The signed start time a public form carries, ``seconds_ago`` in the past."""
    return signing.dumps(int(time.time()) - seconds_ago, salt=STARTED_SALT)


# --- Mail servers ---


class Recorder:
    def __init__(self):
        self.envelopes = []
        self.senders = []  # every MAIL FROM, delivered or not

    async def handle_MAIL(self, server, session, envelope, address, options):
        self.senders.append(address)
        envelope.mail_from = address
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 OK"


class Hangs(Recorder):
    async def handle_RCPT(self, server, session, envelope, address, options):
        await asyncio.sleep(3600)


class RejectsRecipients(Recorder):
    async def handle_RCPT(self, server, session, envelope, address, options):
        return "550 5.1.1 Mailbox unavailable"


@contextlib.contextmanager
def smtp_server(handler, port, **kwargs):
    controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield handler
    finally:
        controller.stop()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]

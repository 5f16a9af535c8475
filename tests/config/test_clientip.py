import pytest
from django.test import RequestFactory

from config.clientip import client_ip, client_network

factory = RequestFactory()


def request_from(remote, forwarded=None):
    headers = {"x-forwarded-for": forwarded} if forwarded is not None else {}
    return factory.get("/", REMOTE_ADDR=remote, headers=headers)


def test_without_a_proxy_the_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0

    assert client_ip(request_from("198.51.100.7", "203.0.113.1")) == "198.51.100.7"


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        ("203.0.113.9", "203.0.113.9"),
        ("1.2.3.4, 203.0.113.9", "203.0.113.9"),  # a spoofed entry sits on the left
        ("  ", "10.0.0.2"),
        ("not-an-address", "unknown"),
    ],
)
def test_behind_one_proxy_the_address_it_saw_is_used(settings, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = 1

    assert client_ip(request_from("10.0.0.2", forwarded)) == expected


def test_behind_two_proxies_the_second_entry_from_the_right_is_used(settings):
    settings.TRUSTED_PROXY_COUNT = 2

    request = request_from("10.0.0.2", "6.6.6.6, 203.0.113.9, 192.0.2.50")

    assert client_ip(request) == "203.0.113.9"


def test_an_ipv6_client_counts_as_its_whole_network(settings):
    settings.TRUSTED_PROXY_COUNT = 0

    one = client_network(request_from("2001:db8:1:2::1"))
    other = client_network(request_from("2001:db8:1:2:ffff::9"))

    assert one == other == "2001:db8:1:2::/64"


def test_ipv4_clients_seen_through_an_ipv6_socket_are_counted_apart(settings):
    """::ffff:a.b.c.d is an IPv4 client: two of them do not share the /64 of
    ::ffff:0:0 (one rate limit and one login lock for every IPv4 visitor)."""
    settings.TRUSTED_PROXY_COUNT = 0

    one = client_network(request_from("::ffff:203.0.113.5"))
    other = client_network(request_from("::ffff:198.51.100.7"))

    assert (one, other) == ("203.0.113.5", "198.51.100.7")

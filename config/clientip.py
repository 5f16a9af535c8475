"""The visitor's address as seen through the configured reverse proxies."""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks


def client_ip(request):
    """The address a request came from.

    With no proxy (``TRUSTED_PROXY_COUNT = 0``) that is ``REMOTE_ADDR``. Behind N
    proxies, each appending the address it saw to ``X-Forwarded-For``, it is the
    N-th entry from the right: whatever a visitor writes into the header sits further
    left and is never read. Returns "unknown" when no valid address is found."""
    address = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT or 0
    if count:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= count:
            address = hops[-count]
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return "unknown"
    # An IPv4 client seen through an IPv6 socket (::ffff:203.0.113.5) is that
    # IPv4 client, not one address of a shared /64.
    return str(getattr(ip, "ipv4_mapped", None) or ip)


def client_network(request):
    """The client's address for counting: an IPv6 visitor holds a whole /64, so the
    network counts as one client."""
    address = client_ip(request)
    if ":" in address:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return address


def client_ip_or_none(request):
    """The client for django-axes, which stores it in an IP address column: an
    IPv6 visitor's /64 network as its first address (the whole network counts as
    one client, as for the public forms); None rather than "unknown"."""
    network = client_network(request)
    if network == "unknown":
        return None
    return network.split("/")[0]


def is_cross_site(request):
    """Fetch metadata and Origin tell whether a POST came from another site: the
    public forms (stories, endorsements) refuse those instead of checking a CSRF
    token, so their pages can be cached."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site not in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin:
        return urlsplit(origin).netloc != request.get_host()
    return False


def check_proxy_deployment(app_configs=None, **kwargs):
    """Behind a proxy, an unset TRUSTED_PROXY_COUNT counts every visitor as the
    proxy (one rate limit and one login lock for all)."""
    if settings.TRUSTED_PROXY_COUNT is not None:
        return []
    return [
        checks.Warning(
            "TRUSTED_PROXY_COUNT is not set: every visitor's address is taken from "
            "REMOTE_ADDR, which behind a reverse proxy is the proxy's.",
            hint="Set TRUSTED_PROXY_COUNT to the number of proxies that append to "
            "X-Forwarded-For (1 behind one proxy), or to 0 if there is none.",
            id="config.W003",
        )
    ]

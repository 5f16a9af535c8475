"""The visitor's address as seen through the configured reverse proxies."""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings


def client_ip(request):
    """The address a request came from.

    With no proxy (``TRUSTED_PROXY_COUNT = 0``) that is ``REMOTE_ADDR``. Behind N
    proxies, each appending the address it saw to ``X-Forwarded-For``, it is the
    N-th entry from the right: whatever a visitor writes into the header sits further
    left and is never read. Returns "unknown" when no valid address is found."""
    address = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= count:
            address = hops[-count]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return "unknown"


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

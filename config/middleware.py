"""Health check for load balancers, the site's Content Security Policy and its
Permissions Policy."""

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.middleware import csp, locale
from django.utils.cache import add_never_cache_headers


class HealthCheckMiddleware:
    """Answers /healthz before host validation and HTTPS redirects, so a container
    probe on 127.0.0.1 gets through: 200 when the database answers, 503 if not."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != "/healthz":
            return self.get_response(request)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
        except DatabaseError:
            response = HttpResponse("database unavailable", status=503)
        else:
            response = HttpResponse("ok")
        response["Content-Type"] = "text/plain"
        add_never_cache_headers(response)
        return response


PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)


class PermissionsPolicyMiddleware:
    """Turns off the browser features no page of the site uses, on every response.

    First in the middleware list, so that answers given by other middleware
    (the health check, redirects) carry the header too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


ADMIN_PREFIXES = ("/admin/",)


class ContentSecurityPolicyMiddleware(csp.ContentSecurityPolicyMiddleware):
    """Wagtail's admin relies on inline styles and scripts; public pages need none."""

    def process_response(self, request, response):
        if request.path.startswith(ADMIN_PREFIXES):
            response._csp_config = {
                **settings.SECURE_CSP,
                "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
                "style-src": ["'self'", "'unsafe-inline'"],
                "frame-ancestors": ["'self'"],
                "frame-src": ["'self'"],
                "img-src": ["'self'", "data:", "blob:"],
            }
        return super().process_response(request, response)


UNPREFIXED_PATHS = ("/api/", "/oembed/", "/share-images/")


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, except that a 404 from the API, oEmbed or share images stays a
    404: Django would redirect it to the same path under /en/, which Wagtail's
    catch-all pattern accepts."""

    def process_response(self, request, response):
        if request.path.startswith(UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)

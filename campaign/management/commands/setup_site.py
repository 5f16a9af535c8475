"""Build the empty campaign site for a new deployment: the structure editors fill,
without demo stories, topics or accounts. Running it again only adds what is
missing, so it is safe in every release."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import CommandError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Site

from campaign import registry
from campaign.management.commands import load_demo


class Command(load_demo.Command):
    help = gettext_lazy(
        "Create the empty campaign site: home page, story index, about, take part "
        "and privacy pages in en, fr, es and ar, navigation and footer. No stories, "
        "no accounts, no e-mail."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hostname",
            help=_(
                "The site's public host name (default: the host of "
                "WAGTAILADMIN_BASE_URL, else localhost)."
            ),
        )

    refresh = False  # fill what is empty; never overwrite what editors wrote

    @transaction.atomic
    @translation.override(settings.LANGUAGE_CODE)
    def handle(self, *args, **options):
        home = self.home_page()
        sections = {
            name: section.setup(self, home)
            for name, section in registry.ordered_site_sections()
            if section.setup
        }
        stories = sections.get("stories")
        pages = self.standard_pages(home, stories)
        self.home_content(home, pages, stories)
        self.site_chrome(home, pages, sections)
        self.site_address(options["hostname"])
        self.stdout.write(self.style.SUCCESS(_("The site is ready for editors.")))

    def hero_image(self):
        """Editors choose the hero image of a real site."""
        return None

    def chrome_extras(self, chrome, data):
        """No made-up contact address or social accounts on a real site."""

    def site_address(self, hostname):
        base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
        parts = urlsplit(base_url)
        hostname = hostname or parts.hostname
        if not hostname:
            return
        if "/" in hostname or ":" in hostname:
            raise CommandError(_("Give the host name alone, without scheme or port."))
        port = 80 if parts.scheme == "http" else 443
        if parts.port and hostname == parts.hostname:
            port = parts.port
        updated = Site.objects.filter(is_default_site=True).exclude(
            hostname=hostname, port=port
        )
        if updated.update(hostname=hostname, port=port):
            self.step(f"site address: {hostname}:{port}")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partners")

    def ready(self):
        """The logo wall on the home page, and the partners' section in the
        site-building commands (campaign/registry.py)."""
        from campaign import registry

        from . import demo, selectors

        registry.home_sections["partner_wall"] = selectors.logo_wall
        registry.site_sections["partners"] = registry.SiteSection(10, demo.load)

from django.contrib.sitemaps import Sitemap as DjangoSitemap
from wagtail.contrib.sitemaps import Sitemap


class MultilingualSitemap(Sitemap):
    """Every live page once per language, each entry naming its other-language twins."""

    i18n = True
    alternates = True
    x_default = True

    def location(self, obj):
        return obj.get_url_parts(self.request)[2]

    # Wagtail's _urls asks each page for one URL; Django's handles languages.
    _urls = DjangoSitemap._urls

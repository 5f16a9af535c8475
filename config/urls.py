from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from campaign import oembed, sitemaps
from campaign import views as campaign_views
from config.api import api_router

handler404 = campaign_views.page_not_found

urlpatterns = [
    path("robots.txt", campaign_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap_section"),
    path("share-images/<str:name>", campaign_views.share_image, name="share_image"),
    path("oembed/", oembed.oembed, name="oembed"),
    path("api/v2/", api_router.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", campaign_views.search, name="search"),
    path("embed/<int:page_id>/", oembed.embed, name="embed"),
    path("", include("stories.urls")),
    path("", include("campaign.statements.urls")),
    path("", include("publications.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

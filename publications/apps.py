from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    name = "publications"
    verbose_name = _("Publications")

    def ready(self):
        from django.db import transaction
        from django.db.models.signals import post_save
        from wagtail.documents import get_document_model

        from . import tasks

        def document_saved(sender, instance, **kwargs):
            """A new or replaced file is read in the background, never during a
            visitor's request: page count and, for a PDF, its first page."""
            transaction.on_commit(
                lambda: tasks.read_document.enqueue(document_id=instance.pk)
            )

        post_save.connect(
            document_saved,
            sender=get_document_model(),
            weak=False,
            dispatch_uid="publications_read_document",
        )
        self.register_with_campaign()

    def register_with_campaign(self):
        """The newest publication on the home page, a city's publications on its
        page, and the library in the site-building commands (campaign/registry.py).
        """
        from campaign import registry

        from . import demo, selectors

        registry.home_sections["featured_publication"] = selectors.featured_publication
        registry.city_sections["city_publications"] = selectors.city_publications
        registry.site_sections["library"] = registry.SiteSection(40, demo.load)

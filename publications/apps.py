from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    name = "publications"
    verbose_name = _("Publications")

    def ready(self):
        from django.db import transaction
        from django.db.models.signals import post_delete, post_save
        from wagtail.documents import get_document_model
        from wagtail.models import CollectionViewRestriction

        from . import tasks
        from .models import DocumentFacts

        def read_later(document_ids):
            for document_id in document_ids:
                transaction.on_commit(
                    lambda pk=document_id: tasks.read_document.enqueue(document_id=pk)
                )

        def document_saved(sender, instance, **kwargs):
            """A new or replaced file, or one moved to another collection, is read
            in the background, never during a visitor's request."""
            read_later([instance.pk])

        def privacy_changed(sender, instance, **kwargs):
            """A collection's documents are read again when its privacy changes:
            a drawn first page must not outlive the restriction."""
            collections = instance.collection.get_descendants(inclusive=True)
            read_later(
                get_document_model()
                .objects.filter(collection__in=collections)
                .values_list("pk", flat=True)
            )

        def facts_deleted(sender, instance, **kwargs):
            """The drawn first page goes with its document."""
            if instance.first_page_id:
                instance.first_page.delete()

        post_save.connect(
            document_saved,
            sender=get_document_model(),
            weak=False,
            dispatch_uid="publications_read_document",
        )
        for signal in (post_save, post_delete):
            signal.connect(
                privacy_changed,
                sender=CollectionViewRestriction,
                weak=False,
                dispatch_uid=f"publications_privacy_{signal is post_save}",
            )
        post_delete.connect(
            facts_deleted,
            sender=DocumentFacts,
            weak=False,
            dispatch_uid="publications_facts_deleted",
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

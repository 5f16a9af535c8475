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

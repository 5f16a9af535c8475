from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class CampaignConfig(AppConfig):
    name = "campaign"
    verbose_name = _("Campaign")

    def ready(self):
        from wagtail.models import Revision

        from .caching import connect_cache_invalidation

        post_migrate.connect(set_up_endorsement_moderation, sender=self)
        connect_cache_invalidation()
        # The translation status: each save of a page's text, in the editor (a
        # revision) or from code (a new page), is recorded per language.
        post_save.connect(
            record_revision_languages,
            sender=Revision,
            dispatch_uid="page-translations-revision",
        )
        post_save.connect(
            record_new_page_languages, dispatch_uid="page-translations-new"
        )


def set_up_endorsement_moderation(sender, **kwargs):
    from .statements.services import endorsement_moderation_setup

    endorsement_moderation_setup()


def record_revision_languages(
    sender, instance, raw=False, update_fields=None, **kwargs
):
    from .languages import MultilingualPage
    from .services import page_translations_record

    if raw or (update_fields is not None and "content" not in update_fields):
        return
    model = instance.content_type.model_class()
    if model and issubclass(model, MultilingualPage):
        page_translations_record(pages=[instance.as_object()], at=instance.created_at)


def record_new_page_languages(sender, instance, created, raw=False, **kwargs):
    from .languages import MultilingualPage
    from .services import page_translations_record

    if created and not raw and isinstance(instance, MultilingualPage):
        page_translations_record(pages=[instance])

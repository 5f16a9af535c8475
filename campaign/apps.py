from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CampaignConfig(AppConfig):
    name = "campaign"
    verbose_name = _("Campaign")

    def ready(self):
        from .caching import connect_cache_invalidation

        post_migrate.connect(set_up_endorsement_moderation, sender=self)
        connect_cache_invalidation()


def set_up_endorsement_moderation(sender, **kwargs):
    from .statements.services import endorsement_moderation_setup

    endorsement_moderation_setup()

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partners")

    def ready(self):
        from django.db.models.signals import post_save

        from .models import City

        def city_saved(sender, instance, created, **kwargs):
            """Stories and partners are found by their city's names: index them
            again when the names change."""
            if created:
                return
            from wagtail.search.index import insert_or_update_object

            for page in [*instance.stories.all(), *instance.partners.all()]:
                insert_or_update_object(page)

        post_save.connect(city_saved, sender=City, dispatch_uid="partners-city-saved")

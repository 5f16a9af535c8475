from django.apps import AppConfig
from django.conf import settings
from django.core import checks
from django.db.models.signals import post_migrate, pre_delete
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Stories")

    def ready(self):
        from wagtail.signals import page_published, workflow_rejected

        from config.clientip import check_proxy_deployment
        from config.mail import check_mail_deployment

        from . import services
        from .models import StoryPage
        from .signals import story_declined

        def set_up_moderation(sender, **kwargs):
            services.story_moderation_setup()

        def story_published(sender, instance, **kwargs):
            services.story_mark_published(page=instance)

        def story_deleted(sender, instance, **kwargs):
            services.story_deleted(page=instance)

        def changes_requested(sender, instance, **kwargs):
            page = instance.content_object  # a plain Page, or a snippet
            if getattr(page, "specific_class", None) is StoryPage:
                services.story_mark_in_review(page=page)

        def declined(sender, task_state, user, reason, **kwargs):
            services.story_reject(task_state=task_state, user=user, reason=reason)

        post_migrate.connect(set_up_moderation, sender=self, weak=False)
        story_declined.connect(declined, weak=False)
        # Any deletion, in the admin or from code, closes the submitter's record.
        pre_delete.connect(story_deleted, sender=StoryPage, weak=False)
        # Story routing and slug checks at scale.
        from .models import use_indexed_slug_lookups

        use_indexed_slug_lookups()
        self.reconnect_wagtail_notices()
        self.register_with_campaign()
        page_published.connect(story_published, sender=StoryPage, weak=False)
        workflow_rejected.connect(changes_requested, weak=False)
        checks.register(check_mail_deployment, checks.Tags.security, deploy=True)
        checks.register(check_proxy_deployment, checks.Tags.security, deploy=True)

    def register_with_campaign(self):
        """What the home page, the city pages, the sitemap and the site-building
        commands show of the stories (campaign/registry.py)."""
        from campaign import registry

        from . import demo, selectors, sitemaps

        registry.home_sections["latest_stories"] = selectors.latest_stories
        registry.home_sections["story_index"] = selectors.story_index
        registry.city_sections["city_stories"] = selectors.city_stories
        registry.sitemaps["stories"] = sitemaps.StorySitemap
        registry.site_sections["stories"] = registry.SiteSection(
            20, demo=demo.load, setup=demo.story_index, grow=demo.grow
        )

    def reconnect_wagtail_notices(self):
        """Wagtail writes each notice in its recipient's preferred admin language
        or, when they have none, in the active language: the visitor's, when a
        public form starts a workflow. Here that fallback is the site's default.
        For a story, moderators get this app's notice (story language, review
        link) instead of Wagtail's task notice, rather than both."""
        from wagtail.admin import signal_handlers as wagtail_notices
        from wagtail.models import TaskState, WorkflowState
        from wagtail.signals import (
            task_submitted,
            workflow_approved,
            workflow_rejected,
            workflow_submitted,
        )

        from .models import StoryModerationTask

        def story_task(instance, **kwargs):
            return isinstance(instance.task.specific, StoryModerationTask)

        notices = [
            (
                task_submitted,
                TaskState,
                "group_approval_task_submitted_email_notification",
                wagtail_notices.task_submission_email_notifier,
                story_task,
            ),
            (
                workflow_submitted,
                WorkflowState,
                "workflow_state_submitted_email_notification",
                wagtail_notices.workflow_submission_email_notifier,
                None,
            ),
            (
                workflow_rejected,
                WorkflowState,
                "workflow_state_rejected_email_notification",
                wagtail_notices.workflow_rejection_email_notifier,
                None,
            ),
            (
                workflow_approved,
                WorkflowState,
                "workflow_state_approved_email_notification",
                wagtail_notices.workflow_approval_email_notifier,
                None,
            ),
        ]
        for signal, sender, uid, notifier, skip in notices:

            def notify(sender, instance, notifier=notifier, skip=skip, **kwargs):
                if skip is not None and skip(instance):
                    return False
                with translation.override(settings.LANGUAGE_CODE):
                    return notifier(sender=sender, instance=instance, **kwargs)

            signal.disconnect(sender=sender, dispatch_uid=uid)
            signal.connect(notify, sender=sender, dispatch_uid=uid, weak=False)

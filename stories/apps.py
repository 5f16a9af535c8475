from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Stories")

    def ready(self):
        from wagtail.signals import page_published, workflow_rejected

        from . import services
        from .models import StoryPage

        def set_up_moderation(sender, **kwargs):
            services.story_moderation_setup()

        def story_published(sender, instance, **kwargs):
            services.story_mark_published(page=instance)

        def changes_requested(sender, instance, **kwargs):
            page = instance.content_object  # a plain Page, or a snippet
            if getattr(page, "specific_class", None) is StoryPage:
                services.story_mark_in_review(page=page)

        post_migrate.connect(set_up_moderation, sender=self, weak=False)
        self.replace_wagtail_task_notice()
        page_published.connect(story_published, sender=StoryPage, weak=False)
        workflow_rejected.connect(changes_requested, weak=False)

    def replace_wagtail_task_notice(self):
        """Moderators get this app's notice, sent in the background; Wagtail's own
        notice, sent during the visitor's request, is kept for other tasks only."""
        from wagtail.admin.signal_handlers import task_submission_email_notifier
        from wagtail.models import TaskState
        from wagtail.signals import task_submitted

        from .models import StoryModerationTask

        uid = "group_approval_task_submitted_email_notification"

        def notify_unless_story(sender, instance, **kwargs):
            if not isinstance(instance.task.specific, StoryModerationTask):
                task_submission_email_notifier(
                    sender=sender, instance=instance, **kwargs
                )

        task_submitted.disconnect(sender=TaskState, dispatch_uid=uid)
        task_submitted.connect(
            notify_unless_story, sender=TaskState, dispatch_uid=uid, weak=False
        )

"""Who may do what with stories.

Story moderators hold no permission in the page tree. Membership of the groups of
an active story moderation task lets them open, edit, publish (approve) and take
down stories, and nothing else: not the story index, not other pages, and never
delete. A story whose submitter withdrew it, or which was rejected, can no longer be
published by anyone. (Submitters' records: campaign/submissions/admin.py.)"""

from functools import cached_property

from django.apps import apps
from django.core.exceptions import PermissionDenied
from wagtail.models import PagePermissionTester


class StoryIsFinal(PermissionDenied):
    """A withdrawn or rejected story cannot go live again."""


def is_story_moderator(user):
    """Whether ``user`` belongs to a group of an active story moderation task.
    Cached on the user object for the request."""
    if not (user.is_authenticated and user.is_active):
        return False
    cached = getattr(user, "_is_story_moderator", None)
    if cached is None:
        tasks = apps.get_model("stories", "StoryModerationTask").objects
        cached = tasks.filter(active=True, groups__user=user).exists()
        user._is_story_moderator = cached
    return cached


class StoryPermissionTester(PagePermissionTester):
    """Wagtail's rules for pages, plus what moderation grants on a story, minus
    publishing a story whose decision is final."""

    def __init__(self, user, page):
        super().__init__(user, page)
        self.moderates = (
            user.is_active and not user.is_superuser and is_story_moderator(user)
        )

    @cached_property
    def decision_is_final(self):
        return bool(self.page.pk) and self.page.decision_is_final

    def _tree_allows(self, action):
        return self.user.is_active and (
            self.user.is_superuser or action in self.permissions
        )

    def can_edit(self):
        return super().can_edit() or self.moderates

    def can_copy(self):
        return PagePermissionTester.can_edit(self)

    def can_publish(self):
        if self.decision_is_final:
            return False
        if self.moderates:
            return True
        if (
            self.page.pk
            and not self.user.is_superuser
            and self.page.workflow_in_progress
        ):
            # A story in moderation goes live by the story moderators' approval:
            # Wagtail's own "Moderators" publish pages, not submitted stories.
            return False
        return super().can_publish()

    def can_unpublish(self):
        if super().can_unpublish():
            return True
        return self.moderates and self.page.live and not self.page_locked()

    def can_set_view_restrictions(self):
        return self._tree_allows("publish") and self.can_publish()

    def can_submit_for_moderation(self):
        if self.decision_is_final:
            return False
        return super().can_submit_for_moderation()

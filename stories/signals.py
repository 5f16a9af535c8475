"""Signals of the stories app, so that models reach services without importing
them: ``StoriesConfig.ready`` connects the handlers."""

from django.dispatch import Signal

# A moderator rejected a story for good (the "decline" action of
# StoryModerationTask); sent with ``task_state``, ``user`` and ``reason``.
story_declined = Signal()

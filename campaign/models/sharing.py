"""What campaign, article and event pages share: hashtags and page metadata."""

from django.utils.html import strip_tags
from django.utils.text import Truncator


def plain_summary(text):
    """A meta description: plain text, at most 200 characters."""
    return Truncator(strip_tags(text or "").strip()).chars(200)


def hashtag_list(hashtags):
    """ "#A #B" or "A, B" → ["#A", "#B"]."""
    return ["#" + tag.lstrip("#") for tag in hashtags.replace(",", " ").split() if tag]

import io
import time

import pytest
from django.contrib.auth.models import Group
from django.core import signing
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from campaign.submissions.forms import STARTED_SALT
from stories.models import StoryIndexPage


@pytest.fixture(autouse=True)
def empty_cache():
    """The rate limit lives in the cache; each test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def index(demo):
    return StoryIndexPage.objects.get()


def started_token(seconds_ago=60):
    return signing.dumps(int(time.time()) - seconds_ago, salt=STARTED_SALT)


def jpeg_bytes(size=(800, 600), exif=None, colour=(200, 120, 40)):
    output = io.BytesIO()
    Image.new("RGB", size, colour).save(output, "JPEG", exif=exif or Image.Exif())
    return output.getvalue()


def upload(content, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def photo_data(story_data, content, name="photo.jpg"):
    """``story_data`` with a photo and everything a photo requires."""
    return {
        **story_data,
        "photo": upload(content, name=name),
        "photo_alt": "Volunteers serving lunch",
        "photo_credit": "Kitchen team",
        "photo_rights": "on",
    }


@pytest.fixture
def story_data():
    """A complete, valid submission as a visitor would type it."""
    return {
        "title": "Neighbours who cook together",
        "body": (
            "Every Thursday the community kitchen in our district opens its doors. "
            "People who arrived last year cook next to families who have lived here "
            "for generations.\n\nThe recipes travel, and so do the friendships: the "
            "kitchen now runs a catering service that employs twelve people."
        ),
        "story_language": "en",
        "city": "Mechelen",
        "country": "BE",
        "organisation": "Mechelen Community Kitchen",
        "organisation_type": "civil",
        "role": "Coordinator",
        "name": "Amina Testperson",
        "email": "amina.private@example.org",
        "consent_publication": "on",
        "consent_privacy": "on",
        "website": "",
        "started": started_token(),
    }


@pytest.fixture
def moderator(django_user_model, demo):
    user = django_user_model.objects.create_user(
        "moderator", "moderator@example.org", "password"
    )
    user.groups.add(Group.objects.get(name="Story moderators"))
    return user


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def officer(django_user_model, demo):
    """A member of "Personal data officers"."""
    user = django_user_model.objects.create_user(
        "officer", "officer@example.org", "password"
    )
    user.groups.add(Group.objects.get(name="Personal data officers"))
    return user


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client

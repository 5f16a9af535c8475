import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page, Revision, Site, WorkflowPage

from campaign.models import HomePage, SiteChrome, StandardPage
from config.settings.base import queued
from stories.models import StoryIndexPage, StoryPage, Submission

pytestmark = pytest.mark.django_db

# As config/settings/production.py: e-mail queued in the database for db_worker,
# delivered by SMTP.
PRODUCTION_MAIL = {
    "MAILERS": queued(
        {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "192.0.2.1", "port": 25, "timeout": 1},
        }
    ),
    "TASKS": {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}},
}


def setup_site(*args):
    out = io.StringIO()
    call_command("setup_site", *args, stdout=out)
    return out.getvalue()


def test_setup_site_builds_the_empty_site_in_four_languages(empty_site):
    setup_site()

    home = HomePage.objects.get()
    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == home.pk
    assert home.live and home.title_ar and home.hero_title_fr
    index = StoryIndexPage.objects.child_of(home).get()
    assert index.live and index.title_es
    assert WorkflowPage.objects.filter(page=index).exists()
    chrome = SiteChrome.for_site(site)
    assert chrome.privacy_page.specific.slug_en == "privacy"
    assert [link.page_id for link in chrome.navigation_links.all()][0] == index.pk
    assert StandardPage.objects.live().count() == 3


def test_setup_site_adds_no_demo_content(empty_site):
    setup_site()

    assert not StoryPage.objects.exists()
    assert not Submission.objects.exists()
    assert not SiteChrome.objects.get().social_accounts.exists()
    assert not Page.objects.exact_type(Page).filter(depth=2).exists()


def test_running_setup_site_twice_changes_nothing(empty_site):
    setup_site()
    before = (Page.objects.count(), Revision.objects.count())

    out = setup_site()

    assert (Page.objects.count(), Revision.objects.count()) == before
    assert "created" not in out


def test_setup_site_leaves_a_demo_site_alone(demo):
    before = (Page.objects.count(), Revision.objects.count())

    setup_site()

    assert (Page.objects.count(), Revision.objects.count()) == before


@override_settings(WAGTAILADMIN_BASE_URL="https://campaign.example.org")
def test_setup_site_takes_the_public_address_for_the_site(empty_site):
    setup_site()

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("campaign.example.org", 443)


def test_setup_site_takes_a_host_name_option(empty_site):
    setup_site("--hostname", "stories.example.org")

    assert Site.objects.get(is_default_site=True).hostname == "stories.example.org"


@pytest.mark.django_db(transaction=True)  # real commits, as in production
@override_settings(**PRODUCTION_MAIL)
def test_setup_site_queues_no_mail(empty_site):
    setup_site()

    assert not DBTaskResult.objects.filter(task_path__icontains="mail").exists()
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True)  # real commits, as in production
@override_settings(**PRODUCTION_MAIL)
def test_load_demo_under_production_settings_sends_and_queues_no_mail(empty_site):
    """The demo's submitters are made up: the worker must find nothing to send."""
    call_command("load_demo", "--stories", "8", stdout=io.StringIO())

    assert Submission.objects.exists()  # the demo's pending stories went in
    assert not DBTaskResult.objects.filter(task_path__icontains="mail").exists()
    assert mail.outbox == []


def test_setup_site_keeps_what_editors_wrote(empty_site):
    setup_site()
    about = StandardPage.objects.get(slug_en="about")
    about.body_en = [("paragraph", "<p>Our own words.</p>")]
    about.save_revision().publish()

    setup_site()

    about.refresh_from_db()
    assert "Our own words." in str(about.body_en)

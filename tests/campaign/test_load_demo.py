import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from campaign.models import HomePage, SiteChrome, StandardPage

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        list(Page.objects.order_by("path").values_list("path", "title_en", "title_ar")),
        Revision.objects.count(),
        SiteChrome.objects.count(),
    )


def test_load_demo_builds_the_home_page_in_four_languages(empty_site):
    out = io.StringIO()

    call_command("load_demo", stdout=out)

    home = HomePage.objects.get()
    assert home.live
    assert home.hero_title_fr and home.hero_title_es and home.hero_title_ar
    assert "home page: created" in out.getvalue()


def test_running_load_demo_again_changes_nothing(demo):
    before = snapshot()
    out = io.StringIO()

    call_command("load_demo", stdout=out)

    assert snapshot() == before
    assert "created" not in out.getvalue()


def test_load_demo_creates_an_admin_once_and_prints_its_password(
    demo, django_user_model
):
    out = io.StringIO()
    call_command("load_demo", "--create-admin", stdout=out)
    call_command("load_demo", "--create-admin", stdout=io.StringIO())

    admin = django_user_model.objects.get(username="admin")
    password = out.getvalue().split("password '")[1].split("'")[0]
    assert admin.is_superuser
    assert admin.check_password(password)


def test_load_demo_works_after_update_translation_fields(empty_site):
    """As `make run` does: the welcome page's slug is copied to every language first."""
    call_command("update_translation_fields", stdout=io.StringIO())

    call_command("load_demo", stdout=io.StringIO())

    assert HomePage.objects.get().url_path_en == "/home/"
    assert Page.objects.filter(depth=2).count() == 1


def test_load_demo_brings_older_demo_pages_up_to_date(demo):
    """Sites built by an earlier demo get the current texts; a third run adds none."""
    about = StandardPage.objects.get(slug_en="about")
    about.body_fr = [("paragraph", "<p>Ancien texte.</p>")]
    about.save_revision().publish()
    home = HomePage.objects.get()
    home.key_figures_ar = []
    home.save_revision().publish()

    call_command("load_demo", stdout=io.StringIO())
    before = snapshot()
    call_command("load_demo", stdout=io.StringIO())

    about.refresh_from_db()
    assert "Ancien texte" not in str(about.body_fr)
    assert "CGLU" in str(about.body_fr)
    assert "الحملة بالأرقام" in str(HomePage.objects.get().key_figures_ar)
    assert snapshot() == before


def test_privacy_notice_names_the_controller_and_the_retention_period(
    demo, client, settings
):
    settings.STORIES_RETENTION_DAYS = 45
    call_command("load_demo", stdout=io.StringIO())  # the notice is written then

    html = client.get("/en/privacy/").content.decode()

    assert "campaign secretariat" in html
    assert "erased 45 days after the decision" in html
    for kept in ("name, e-mail address and role", "consents"):
        assert kept in html
    assert "copy of the data" in html and "erased" in html

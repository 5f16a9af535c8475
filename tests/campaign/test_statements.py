"""Statements and their endorsements: the public form, moderation, the public list,
and endorsers' personal data."""

import io
import json
import time
from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail, signing
from django.core.cache import cache
from django.core.management import call_command
from django.core.validators import EmailValidator
from django.db import DatabaseError, connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from wagtail.models import Revision
from wagtail.test.utils import WagtailPageTestCase, WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from campaign.models import Endorsement, EndorsementContact, HomePage, StatementPage
from campaign.statements import services
from campaign.submissions.forms import STARTED_SALT
from partners.models import City

pytestmark = pytest.mark.django_db

NAME = "Yasmina Privatename"
EMAIL = "yasmina.private@example.org"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def started_token(seconds_ago=60):
    return signing.dumps(int(time.time()) - seconds_ago, salt=STARTED_SALT)


@pytest.fixture
def statement(demo):
    return StatementPage.objects.get(slug_en="migration-makes-cities-grow")


@pytest.fixture
def endorse_url(statement):
    return reverse("statements:endorse", kwargs={"page_id": statement.pk})


@pytest.fixture
def endorsement_data():
    return {
        "kind": "city",
        "name": "Ville de Bizerte",
        "country": "TN",
        "role": "Deputy Mayor for social inclusion",
        "contact_name": NAME,
        "email": EMAIL,
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
    user.groups.add(Group.objects.get(name="Statement moderators"))
    return user


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


def mine():
    return Endorsement.objects.filter(contact__email=EMAIL)


def submit(client, url, data):
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return mine().get()


# --- The statement page ---


def test_statement_page_renders_in_each_language_with_lang_and_dir(client, statement):
    expected = {
        "en": ("Migration makes cities grow", 'dir="ltr"'),
        "fr": ("La migration fait grandir les villes", 'dir="ltr"'),
        "es": ("La migración hace crecer las ciudades", 'dir="ltr"'),
        "ar": ("الهجرة تُنمّي المدن", 'dir="rtl"'),
    }
    for code, (title, direction) in expected.items():
        with translation.override(code):
            url = statement.get_url()
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200, url
        assert f'<html lang="{code}" {direction}>' in html
        assert title in html


def test_statement_page_lists_approved_endorsers_with_their_city_and_count(
    client, statement
):
    html = client.get(statement.url).content.decode()

    assert "6 cities and organisations endorse this statement." in html
    assert "Sfax" in html and "Seville" in html  # the linked city's own name
    assert "Alcalde" in html  # the role, as the endorser wrote it
    assert "Tunisia" in html
    assert "Greater Amman Municipality" not in html  # pending


def test_arabic_page_shows_city_names_in_arabic(client, statement):
    with translation.override("ar"):
        url = statement.get_url()
    html = client.get(url).content.decode()

    assert "صفاقس" in html
    assert "إشبيلية" in html


def test_statement_metadata(statement):
    assert statement.schema_org_type == "CreativeWork"
    assert len(statement.meta_description()) <= 200
    assert statement.share_source_image() is None
    data = statement.schema_org()
    assert data["dateCreated"] == "2020-12-18"
    assert "Cities4Migration" in data["keywords"]
    assert "datePublished" in data


def test_endorser_links_to_the_partner_page_when_a_moderator_set_it(client, statement):
    from partners.models import PartnerIndexPage, PartnerPage

    index = PartnerIndexPage.objects.first()
    if index is None:
        index = PartnerIndexPage(title="Partners", slug="partners")
        statement.get_parent().add_child(instance=index)
    partner = PartnerPage(title="FAMSI", slug="famsi-test", kind="local-government")
    index.add_child(instance=partner)
    partner.save_revision().publish()
    Endorsement.objects.filter(statement=statement, kind="organisation").update(
        partner=partner
    )

    html = client.get(statement.url).content.decode()

    assert f'href="{partner.url}"' in html


def add_endorsers(statement, count, start=0):
    city = City.objects.get(slug="sfax")
    Endorsement.objects.bulk_create(
        Endorsement(
            reference=f"EN-T{number:05d}",
            statement=statement,
            kind="city",
            name=f"Town {number}",
            city=city if number % 2 else None,
            country="TN",
            role="Mayor",
            language="en",
            status=Endorsement.Status.APPROVED,
        )
        for number in range(start, start + count)
    )


def test_endorsers_list_runs_a_constant_number_of_queries(
    client, statement, django_assert_num_queries
):
    """3 endorsers or 30 (more than one page: the list is capped per page), the
    statement page makes the same number of queries."""
    Endorsement.objects.filter(statement=statement).delete()
    add_endorsers(statement, 3)
    client.get(statement.url)  # warm the site and settings caches
    with CaptureQueriesContext(connection) as three:
        assert "Town 2" in client.get(statement.url).content.decode()

    add_endorsers(statement, 27, start=3)
    with django_assert_num_queries(len(three)):
        html = client.get(statement.url).content.decode()

    assert "30 cities and organisations" in html


def test_long_endorser_lists_are_paginated(client, statement):
    Endorsement.objects.bulk_create(
        Endorsement(
            reference=f"EN-P{number:05d}",
            statement=statement,
            kind="organisation",
            name=f"Association {number:02d}",
            country="FR",
            role="President",
            language="en",
            status=Endorsement.Status.APPROVED,
        )
        for number in range(40)
    )
    html = client.get(statement.url).content.decode()

    assert "46 cities and organisations" in html
    assert 'rel="next"' in html
    for page in ["2", "99", "abc", "-1", "%00"]:
        assert client.get(f"{statement.url}?page={page}").status_code == 200


# --- The public form ---


def test_endorsement_form_is_served_in_each_language_without_a_token(
    client, endorse_url
):
    response = client.get(endorse_url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Endorse the statement" in html
    assert "csrfmiddlewaretoken" not in html
    assert "csrftoken" not in response.cookies
    arabic = client.get(endorse_url.replace("/en/", "/ar/", 1)).content.decode()
    assert 'dir="rtl"' in arabic


def test_valid_endorsement_is_stored_pending_with_its_contact_apart(
    client, endorse_url, endorsement_data, statement
):
    response = client.post(endorse_url, endorsement_data)

    assert response.status_code == 302
    assert response["Location"].endswith("/endorse/thanks/")
    endorsement = mine().get()
    assert endorsement.status == Endorsement.Status.PENDING
    assert endorsement.statement == statement
    assert endorsement.role == "Deputy Mayor for social inclusion"
    assert endorsement.contact.name == NAME
    assert endorsement.contact.consent_privacy
    assert not hasattr(Endorsement, "email")
    assert "Ville de Bizerte" not in client.get(statement.url).content.decode()
    assert client.get(response["Location"]).status_code == 200


def test_receipt_and_moderator_notice_go_through_the_queue_escaped(
    client, endorse_url, endorsement_data, moderator, django_capture_on_commit_callbacks
):
    data = {
        **endorsement_data,
        "name": "<b>Bizerte</b> & co",
        "contact_name": "<script>x</script>",
    }
    with django_capture_on_commit_callbacks(execute=True):
        client.post(endorse_url, data)
    endorsement = mine().get()

    receipt, notice = sorted(mail.outbox, key=lambda m: m.to != [EMAIL])
    assert len(mail.outbox) == 2
    assert endorsement.reference in receipt.subject
    assert "<script>x</script>" in receipt.body  # plain text part: as typed
    html = receipt.alternatives[0].content
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>Bizerte</b>" not in html
    assert notice.to == ["moderator@example.org"]
    assert f"/admin/campaign/endorsement/edit/{endorsement.pk}/" in notice.body or (
        reverse("campaign_endorsement:edit", args=[endorsement.pk]) in notice.body
    )
    assert EMAIL not in notice.body and "script" not in notice.body


def test_no_mail_is_sent_during_the_request(client, endorse_url, endorsement_data):
    """Without running on-commit callbacks, nothing is queued or sent."""
    client.post(endorse_url, endorsement_data)
    assert mail.outbox == []


def test_bad_input_gets_a_translated_message_and_keeps_what_was_typed(
    client, endorse_url, endorsement_data
):
    data = {**endorsement_data, "email": "not-an-address", "consent_privacy": ""}
    response = client.post(endorse_url.replace("/en/", "/fr/", 1), data)

    html = response.content.decode()
    assert response.status_code == 400
    assert "Ville de Bizerte" in html
    assert NAME in html
    assert "Deputy Mayor for social inclusion" in html
    with translation.override("fr"):
        assert escape(str(EmailValidator.message)) in html
    assert not mine().exists()


@pytest.mark.parametrize(
    "overrides",
    [
        {"website": "http://spam.example"},
        {"started": "now"},
        {"started": "forged"},
    ],
)
def test_spam_defences_refuse_without_storing(
    client, endorse_url, endorsement_data, overrides
):
    if overrides.get("started") == "now":
        overrides = {"started": started_token(seconds_ago=0)}
    response = client.post(endorse_url, {**endorsement_data, **overrides})

    assert response.status_code == 400
    assert "Ville de Bizerte" in response.content.decode()
    assert not mine().exists()


def test_cross_site_posts_are_refused(client, endorse_url, endorsement_data):
    response = client.post(
        endorse_url, endorsement_data, headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert response.status_code == 403
    assert not mine().exists()


def test_rate_limit_is_shared_with_the_story_form(
    client, endorse_url, endorsement_data, settings
):
    settings.STORIES_RATE_LIMIT = (2, 3600)
    client.post("/en/share-your-story/", {})
    client.post(endorse_url, {})
    response = client.post(endorse_url, endorsement_data)

    assert response.status_code == 429
    assert not mine().exists()


def test_failed_save_answers_503_with_the_form_intact(
    client, endorse_url, endorsement_data
):
    with mock.patch.object(
        services, "endorsement_submit", side_effect=DatabaseError("disk full")
    ):
        response = client.post(endorse_url, endorsement_data)

    html = response.content.decode()
    assert response.status_code == 503
    assert "could not be saved" in html
    assert "Ville de Bizerte" in html and NAME in html


def test_nothing_a_visitor_sends_causes_a_500(client, endorse_url, statement):
    for data in [
        {},
        {"kind": "planet", "country": "XX", "started": "x" * 5000},
        {"name": "\x00", "email": "a@b", "role": "r" * 10000, "kind": ["a", "b"]},
    ]:
        assert client.post(endorse_url, data).status_code == 400
    assert client.get("/en/statements/999999/endorse/").status_code == 404
    assert client.post("/en/statements/999999/endorse/", {}).status_code == 404
    assert client.get(endorse_url + "?kind=%00").status_code == 200


def test_closed_statement_takes_no_endorsement(
    client, endorse_url, statement, endorsement_data
):
    statement.endorsements_open = False
    statement.save_revision().publish()

    assert client.post(endorse_url, endorsement_data).status_code == 410
    assert "Endorse this statement" not in client.get(statement.url).content.decode()
    assert not mine().exists()


# --- Moderation ---


def test_moderators_see_pending_endorsements(
    moderator_client, client, endorse_url, endorsement_data
):
    endorsement = submit(client, endorse_url, endorsement_data)

    response = moderator_client.get(
        reverse("campaign_endorsement:index") + "?status=pending"
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Ville de Bizerte" in html
    assert reverse("campaign_endorsement:approve", args=[endorsement.pk]) in html
    assert EMAIL not in html and NAME not in html


def test_endorsement_goes_from_the_form_through_moderation_to_the_list(
    client,
    moderator,
    endorse_url,
    endorsement_data,
    statement,
    django_capture_on_commit_callbacks,
):
    """End to end: the public form, the moderator's approve action, the list."""
    with django_capture_on_commit_callbacks(execute=True):
        endorsement = submit(client, endorse_url, endorsement_data)
    assert "Ville de Bizerte" not in client.get(statement.url).content.decode()

    client.force_login(moderator)
    url = reverse("campaign_endorsement:approve", args=[endorsement.pk])
    assert client.get(url).status_code == 200
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    client.logout()

    assert response.status_code == 302
    endorsement.refresh_from_db()
    assert endorsement.status == Endorsement.Status.APPROVED
    html = client.get(statement.url).content.decode()
    assert "Ville de Bizerte" in html
    assert "7 cities and organisations endorse this statement." in html
    assert EMAIL not in html and NAME not in html
    assert [m.to for m in mail.outbox] == [[EMAIL]]
    assert "is now listed" in mail.outbox[0].body


def test_rejected_endorsement_never_appears_and_the_reason_is_sent(
    client,
    moderator,
    endorse_url,
    endorsement_data,
    statement,
    django_capture_on_commit_callbacks,
):
    endorsement = submit(client, endorse_url, endorsement_data)
    client.force_login(moderator)
    url = reverse("campaign_endorsement:reject", args=[endorsement.pk])

    assert client.post(url, {"reason": ""}).status_code == 400  # a reason is needed
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"reason": "We could not confirm <who> sent it."})
    # Approving afterwards changes nothing: a rejection is final.
    client.post(reverse("campaign_endorsement:approve", args=[endorsement.pk]))
    client.logout()

    endorsement.refresh_from_db()
    assert endorsement.status == Endorsement.Status.REJECTED
    html = client.get(statement.url).content.decode()
    assert "Ville de Bizerte" not in html
    assert "6 cities and organisations" in html
    rejection = mail.outbox[-1]
    assert rejection.to == [EMAIL]
    assert "We could not confirm <who> sent it." in rejection.body
    assert "&lt;who&gt;" in rejection.alternatives[0].content


def test_people_outside_the_moderators_group_cannot_approve(
    client, django_user_model, endorse_url, endorsement_data
):
    endorsement = submit(client, endorse_url, endorsement_data)
    user = django_user_model.objects.create_user("editor2", "e@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)

    response = client.post(
        reverse("campaign_endorsement:approve", args=[endorsement.pk])
    )

    assert response.status_code in (302, 403)
    endorsement.refresh_from_db()
    assert endorsement.status == Endorsement.Status.PENDING


def test_moderator_links_the_endorsement_to_a_city(
    moderator_client, client, endorse_url, endorsement_data, statement
):
    endorsement = submit(client, endorse_url, endorsement_data)
    city = City.objects.create(
        slug="bizerte", country="TN", name="Bizerte", name_en="Bizerte", name_ar="بنزرت"
    )
    response = moderator_client.post(
        reverse("campaign_endorsement:edit", args=[endorsement.pk]),
        {
            "kind": "city",
            "name": "Ville de Bizerte",
            "city": city.pk,
            "partner": "",
            "country": "TN",
            "role": "Deputy Mayor for social inclusion",
            "endorsed_on": "2024-05-01",
        },
    )
    assert response.status_code == 302
    endorsement.refresh_from_db()
    assert endorsement.city == city
    assert endorsement.status == Endorsement.Status.PENDING  # not by editing


# --- Personal data ---


PUBLIC_URLS = ["/en/stories-feed/", "/sitemap.xml", "/en/"]
SEARCHES = [EMAIL, "Privatename", "yasmina.private"]


def test_contact_details_are_never_public_in_search_feeds_or_revisions(
    client, moderator, endorse_url, endorsement_data, statement
):
    """All four: the public pages, search, feeds (and sitemap), revisions."""
    endorsement = submit(client, endorse_url, endorsement_data)
    services.endorsement_approve(endorsement=endorsement, user=moderator)
    statement.save_revision().publish()  # a revision taken after the endorsement
    with translation.override("ar"):
        arabic = statement.get_url()

    for url in [statement.url, arabic, *PUBLIC_URLS]:
        body = client.get(url).content.decode()
        assert EMAIL not in body and "Privatename" not in body, url
    assert "Ville de Bizerte" in client.get(statement.url).content.decode()
    for words in SEARCHES:
        response = client.get("/en/search/", {"q": words})
        assert response.status_code == 200
        assert response.context["hits"] == [], words
    hits = client.get("/en/search/", {"q": "Migration makes cities grow"})
    assert hits.context["hits"]  # the statement itself is found
    for revision in Revision.objects.filter(object_id=str(statement.pk)):
        content = json.dumps(revision.content)
        assert EMAIL not in content and "Privatename" not in content
        assert "Bizerte" not in content


def test_officer_exports_and_erases_an_endorsers_data(
    client, django_user_model, endorse_url, endorsement_data
):
    endorsement = submit(client, endorse_url, endorsement_data)
    officer = django_user_model.objects.create_user("officer", "o@example.org", "pw")
    officer.groups.add(Group.objects.get(name="Personal data officers"))
    client.force_login(officer)
    contact = endorsement.contact

    listing = client.get(reverse("campaign_endorsement_contact:index"))
    export = client.get(
        reverse("campaign_endorsement_contact:export", args=[contact.pk])
    )
    erase = client.post(
        reverse("campaign_endorsement_contact:erase", args=[contact.pk])
    )

    assert listing.status_code == 200
    assert json.loads(export.content)["email"] == EMAIL
    assert erase.status_code == 302
    contact.refresh_from_db()
    assert contact.email == "" and contact.name == "" and contact.is_erased
    # Officers see personal data; they do not moderate.
    client.post(reverse("campaign_endorsement:approve", args=[endorsement.pk]))
    endorsement.refresh_from_db()
    assert endorsement.status == Endorsement.Status.PENDING


def test_moderators_cannot_see_endorsers_contacts(
    moderator_client, client, endorse_url, endorsement_data
):
    endorsement = submit(client, endorse_url, endorsement_data)
    for url in [
        reverse("campaign_endorsement_contact:index"),
        reverse("campaign_endorsement_contact:inspect", args=[endorsement.contact.pk]),
        reverse("campaign_endorsement_contact:export", args=[endorsement.contact.pk]),
    ]:
        assert moderator_client.get(url).status_code in (302, 403), url


def test_personal_data_command_exports_and_erases(
    client, endorse_url, endorsement_data
):
    endorsement = submit(client, endorse_url, endorsement_data)
    out = io.StringIO()

    call_command("endorsement_personal_data", "export", EMAIL, stdout=out)
    assert json.loads(out.getvalue())[0]["reference"] == endorsement.reference
    call_command(
        "endorsement_personal_data",
        "erase",
        endorsement.reference,
        stdout=io.StringIO(),
    )

    assert EndorsementContact.objects.get(endorsement=endorsement).email == ""


def test_rejected_endorsements_are_purged_after_the_retention_period(
    client, moderator, endorse_url, endorsement_data, settings
):
    endorsement = submit(client, endorse_url, endorsement_data)
    services.endorsement_reject(endorsement=endorsement, user=moderator, reason="No")
    Endorsement.objects.filter(pk=endorsement.pk).update(
        decided_at=timezone.now() - timedelta(days=settings.STORIES_RETENTION_DAYS + 1)
    )

    call_command("purge_endorsement_personal_data", stdout=io.StringIO())

    assert not Endorsement.objects.filter(pk=endorsement.pk).exists()
    assert not EndorsementContact.objects.filter(email=EMAIL).exists()
    assert Endorsement.objects.filter(status="approved").exists()  # others stay


def test_demo_is_idempotent_and_links_cities(demo):
    count = Endorsement.objects.count()
    call_command("load_demo", stdout=io.StringIO())

    assert Endorsement.objects.count() == count
    assert City.objects.get(slug="sfax").endorsements.count() == 2
    assert City.objects.get(slug="sfax").name_ar == "صفاقس"
    assert Endorsement.objects.filter(status="pending").count() == 2


# --- The editor ---


class TestStatementPageInTheAdmin(WagtailPageTestCase):
    """An editor creates a statement in four languages under the home page."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=io.StringIO())
        cls.home = HomePage.objects.get()

    def setUp(self):
        user = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "password"
        )
        self.client.force_login(user)

    def test_statement_can_only_be_created_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, StatementPage)
        self.assertAllowedParentPageTypes(StatementPage, {HomePage})
        self.assertAllowedSubpageTypes(StatementPage, {})

    def test_editor_creates_a_statement_in_four_languages(self):
        data = {"comments": inline_formset([]), "date": "2024-12-18"}
        texts = {
            "en": ("Cities welcome", "A statement."),
            "fr": ("Les villes accueillent", "Une déclaration."),
            "es": ("Las ciudades acogen", "Una declaración."),
            "ar": ("المدن ترحب", "بيان."),
        }
        for code, (title, summary) in texts.items():
            data[f"title_{code}"] = title
            data[f"slug_{code}"] = ""
            data[f"summary_{code}"] = summary
            data[f"text_{code}"] = rich_text(f"<p>{summary}</p>")
        data["slug_en"] = "cities-welcome"
        data["hashtags"] = "#WeTogether"
        data["endorsements_open"] = "on"

        self.assertCanCreate(self.home, StatementPage, nested_form_data(data))

        page = StatementPage.objects.get(slug_en="cities-welcome")
        assert page.title_ar == "المدن ترحب"
        assert page.summary_fr == "Une déclaration."
        assert "Una declaración." in page.text_es
        page.save_revision().publish()
        with translation.override("ar"):
            url = page.get_url()
        response = self.client.get(url)
        assert 'dir="rtl"' in response.content.decode()
        assert "المدن ترحب" in response.content.decode()


def test_moderators_group_holds_only_what_moderation_needs(demo):
    group = Group.objects.get(name="Statement moderators")

    assert set(group.permissions.values_list("codename", flat=True)) == {
        "access_admin",
        "view_endorsement",
        "change_endorsement",
        "moderate_endorsement",
    }
    assert not group.page_permissions.exists()


class TestModerationActions(WagtailTestUtils, TestCase):
    """The approve and reject actions, in the list and in the editor."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=io.StringIO())
        cls.moderator = cls.create_user("moderator", "moderator@example.org", "pw")
        cls.moderator.groups.add(Group.objects.get(name="Statement moderators"))
        cls.pending = Endorsement.objects.filter(status="pending").first()

    def setUp(self):
        self.client.force_login(self.moderator)

    def test_list_and_editor_offer_the_decision_for_a_pending_endorsement(self):
        approve = reverse("campaign_endorsement:approve", args=[self.pending.pk])
        reject = reverse("campaign_endorsement:reject", args=[self.pending.pk])

        listing = self.client.get(
            reverse("campaign_endorsement:index"), {"status": "pending"}
        )
        editor = self.client.get(
            reverse("campaign_endorsement:edit", args=[self.pending.pk])
        )

        for response in (listing, editor):
            soup = self.get_soup(response.content)
            assert soup.select_one(f'a[href="{approve}"]') is not None
            assert soup.select_one(f'a[href="{reject}"]') is not None
        names = [row.text for row in self.get_soup(listing.content).select("tbody tr")]
        assert len(names) == 2  # the two pending demo endorsements
        assert "Greater Amman Municipality" in " ".join(names)

    def test_approving_lists_it_and_says_so(self):
        url = reverse("campaign_endorsement:approve", args=[self.pending.pk])

        response = self.client.post(url, follow=True)

        self.assertRedirects(response, reverse("campaign_endorsement:index"))
        self.assertContains(response, "approved: it is now listed")
        self.pending.refresh_from_db()
        assert self.pending.status == Endorsement.Status.APPROVED
        self.client.logout()
        page = self.client.get(self.pending.statement.url)
        self.assertContains(page, self.pending.role)

    def test_rejecting_needs_a_reason_then_hides_it_for_good(self):
        url = reverse("campaign_endorsement:reject", args=[self.pending.pk])

        missing = self.client.post(url, {"reason": ""})
        done = self.client.post(url, {"reason": "Not a local government."})

        assert missing.status_code == 400
        self.assertRedirects(done, reverse("campaign_endorsement:index"))
        self.pending.refresh_from_db()
        assert self.pending.status == Endorsement.Status.REJECTED
        assert self.pending.reason == "Not a local government."
        editor = self.client.get(
            reverse("campaign_endorsement:edit", args=[self.pending.pk])
        )
        approve = reverse("campaign_endorsement:approve", args=[self.pending.pk])
        assert self.get_soup(editor.content).select_one(f'a[href="{approve}"]') is None


def test_receipt_is_written_in_the_language_of_the_form_used(
    client, endorse_url, endorsement_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(endorse_url.replace("/en/", "/fr/", 1), endorsement_data)

    receipt = next(m for m in mail.outbox if m.to == [EMAIL])
    assert "/fr/la-migration-fait-grandir-les-villes/" in receipt.body
    assert "La migration fait grandir les villes" in receipt.body
    assert mine().get().language == "fr"

"""The open API at /api/v2/: pages, images and documents in the language asked
for, live public content only, never anyone's personal data."""

import json

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from campaign.models import Endorsement, EndorsementContact, StandardPage
from stories.models import StoryPage, Submission
from stories.services import _photo_collection

pytestmark = pytest.mark.django_db


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    return json.loads(response.content)


def every_item(client, endpoint, extra=""):
    data = get_json(client, f"/api/v2/{endpoint}/?limit=20&fields=*{extra}")
    items = data["items"]
    offset = 20
    while offset < data["meta"]["total_count"]:
        page = get_json(
            client, f"/api/v2/{endpoint}/?limit=20&offset={offset}&fields=*{extra}"
        )
        items += page["items"]
        offset += 20
    return items


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_a_page_carries_the_language_asked_for(client, demo, code):
    page = StandardPage.objects.live().first()

    data = get_json(client, f"/api/v2/pages/{page.pk}/?lang={code}")

    assert data["title"] == getattr(page, f"title_{code}")
    assert data["introduction"] == getattr(page, f"introduction_{code}")
    assert f"/{code}/" in data["meta"]["html_url"]
    listing = get_json(
        client,
        f"/api/v2/pages/?lang={code}&type=campaign.StandardPage&fields=introduction",
    )
    item = next(item for item in listing["items"] if item["id"] == page.pk)
    assert item["introduction"] == getattr(page, f"introduction_{code}")


def test_english_is_the_default_and_other_languages_are_refused(client, demo):
    page = StandardPage.objects.live().first()

    assert get_json(client, f"/api/v2/pages/{page.pk}/")["title"] == page.title_en
    error = get_json(client, "/api/v2/pages/?lang=xx", status=400)
    assert "lang" in error["message"]


def test_arabic_story_in_the_api(client, demo):
    story = StoryPage.objects.live().get(title_ar__startswith="صفاقس")

    data = get_json(client, f"/api/v2/pages/{story.pk}/?lang=ar")

    assert data["title"] == story.title_ar
    assert data["story_language"] == data["content_language"] == "ar"
    assert data["body"] == story.body_ar


def test_drafts_private_pages_and_personal_data_are_absent(client, demo):
    drafts = list(StoryPage.objects.filter(live=False))
    assert drafts, "the demo has stories waiting for moderation"
    private = StandardPage.objects.live().last()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    pages = every_item(client, "pages")
    texts = json.dumps(pages, ensure_ascii=False)
    texts += json.dumps(every_item(client, "images"), ensure_ascii=False)
    texts += json.dumps(every_item(client, "documents"), ensure_ascii=False)

    ids = {item["id"] for item in pages}
    assert StoryPage.objects.live().filter(pk__in=ids).count() == (
        StoryPage.objects.live().count()
    )
    for draft in drafts:
        assert draft.pk not in ids
        get_json(client, f"/api/v2/pages/{draft.pk}/", status=404)
        assert draft.title_en not in texts if draft.title_en else True
    assert private.pk not in ids
    get_json(client, f"/api/v2/pages/{private.pk}/", status=404)
    emails = Submission.objects.exclude(email="").values_list("email", flat=True)
    assert emails
    for email in emails:
        assert email not in texts
    # Endorsers: no contact detail at all, and nothing of a pending endorsement.
    contacts = EndorsementContact.objects.all()
    assert contacts
    for contact in contacts:
        assert contact.email not in texts and contact.name not in texts
    pending = Endorsement.objects.filter(status="pending")
    assert pending
    for endorsement in pending:
        assert endorsement.name not in texts and endorsement.reference not in texts


def test_photos_of_unpublished_stories_are_not_listed(client, demo):
    collection = _photo_collection()
    photo = get_image_model().objects.create(
        title="ST-PENDING: a photo sent with a story",
        file=get_test_image_file(),
        collection=collection,
    )
    draft = StoryPage.objects.filter(live=False).first()
    draft.photo = photo
    draft.save()

    ids = {item["id"] for item in every_item(client, "images")}

    assert photo.pk not in ids
    get_json(client, f"/api/v2/images/{photo.pk}/", status=404)
    shown = StoryPage.objects.live().exclude(photo=None).values_list("photo", flat=True)
    assert set(shown) <= ids


def test_no_endpoint_for_submissions_or_endorsements(client, demo):
    for name in ("submissions", "endorsements", "users"):
        assert client.get(f"/api/v2/{name}/").status_code == 404


def test_documents_endpoint_lists_the_library_files(client, demo):
    """The demo's documents are all public: each is listed once, downloadable."""
    items = every_item(client, "documents", "&lang=es")

    titles = sorted(item["title"] for item in items)
    assert titles == sorted(
        get_document_model().objects.values_list("title", flat=True)
    )
    assert len(titles) > 5
    assert all(item["meta"]["download_url"].endswith(".pdf") for item in items)


def test_a_page_says_when_the_text_falls_back_to_another_language(client, demo):
    from .english_only import english_only

    page = english_only("StandardPage")

    arabic = get_json(client, f"/api/v2/pages/{page.pk}/?lang=ar")
    english = get_json(client, f"/api/v2/pages/{page.pk}/?lang=en")

    assert arabic["title"] == page.title_en
    assert arabic["meta"]["language"] == "en"
    assert arabic["meta"]["written_languages"] == ["en"]
    assert arabic["meta"]["fallback"] is True
    assert english["meta"]["language"] == "en"
    assert english["meta"]["fallback"] is False


def test_every_listed_page_names_its_languages(
    client, demo, django_assert_max_num_queries
):
    from .english_only import english_only

    page = english_only("ArticlePage")

    with django_assert_max_num_queries(40):
        listing = get_json(client, "/api/v2/pages/?lang=fr&limit=20")
    items = {item["id"]: item["meta"] for item in listing["items"]}
    listing = get_json(client, "/api/v2/pages/?lang=fr&type=campaign.ArticlePage")
    mine = next(item["meta"] for item in listing["items"] if item["id"] == page.pk)

    assert mine["language"] == "en" and mine["fallback"] is True
    assert mine["written_languages"] == ["en"]
    translated = [meta for meta in items.values() if not meta["fallback"]]
    assert translated and all(meta["language"] == "fr" for meta in translated)
    assert all("fr" in meta["written_languages"] for meta in translated)

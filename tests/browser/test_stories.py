import re
from urllib.parse import quote

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import translation
from PIL import Image

from stories.models import StoryPage, Submission

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
PASSWORD = "correct horse battery staple"

TITLE = "حديقة الحي في بنزرت تجمع الجيران القدامى والجدد"
BODY = (
    "قبل عامين حوّلت جمعية صغيرة في بنزرت قطعة أرض مهملة إلى حديقة يزرعها سكان "
    "الحي مع العائلات التي وصلت حديثاً إلى المدينة. كل يوم سبت يلتقي الجميع "
    "لسقي النباتات وتبادل البذور والوصفات.\n\n"
    "تقول المنسقة إن الحديقة صارت مكاناً للتعارف: الأطفال يتعلمون لغات بعضهم، "
    "والكبار يساعدون بعضهم في الأوراق الإدارية، والبلدية تفكر اليوم في فتح "
    "حدائق مماثلة في أحياء أخرى."
)


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "garden.jpg"
    Image.new("RGB", (800, 600), (60, 140, 80)).save(path, "JPEG")
    return path


def overflow(page):
    """How far the page sticks out sideways; 0 when it fits the window."""
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def log_in(page, site, username):
    page.goto(f"{site}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{site}/admin/")


def approve_in_editor(page, site, story):
    """Use the "Approve and publish" workflow action in the editor's footer menu."""
    page.goto(f"{site}/admin/pages/{story.pk}/edit/")
    page.locator("footer").get_by_role("button", name="More actions").click()
    page.locator('button[data-workflow-action-name="approve"]').click()
    page.wait_for_url(lambda url: not url.endswith("/edit/"))


def test_arabic_story_is_sent_from_a_phone_approved_and_published(
    live_site_for_changes, page, screenshot, settings, django_user_model, photo
):
    """A visitor sends a story in Arabic from a phone and gets a reference number.
    The story stays off the site until a member of "Story moderators" approves it
    from the page editor; then it is listed and shown right to left, in Arabic, on
    the Arabic site and on the English one, where a note says which language it is
    written in."""
    settings.STORIES_MIN_FILL_SECONDS = 0
    cache.clear()  # the per-client submission limit lives in the cache
    site = live_site_for_changes.url
    arabic_index = f"{site}/ar/{quote('قصص')}/"

    # 1. The visitor fills in the Arabic form on a phone and sends it.
    page.set_viewport_size(PHONE)
    page.goto(f"{site}/ar/share-your-story/")
    assert page.locator("html").get_attribute("dir") == "rtl"

    page.locator("#id_title").fill(TITLE)
    page.locator("#id_story_language").select_option("ar")
    page.locator("#id_body").fill(BODY)
    page.locator('input[name="topics"]').first.check()
    page.locator("#id_city").fill("بنزرت")
    page.locator("#id_country").select_option("TN")
    page.locator("#id_organisation").fill("جمعية حدائق الأحياء")
    page.locator("#id_organisation_type").select_option("civil")
    page.locator("#id_photo").set_input_files(photo)
    page.locator("#id_photo_alt").fill("سكان الحي يزرعون الخضار في الحديقة")
    page.locator("#id_photo_credit").fill("جمعية حدائق الأحياء")
    page.locator("#id_photo_rights").check()
    page.locator("#id_name").fill("ليلى بن علي")
    page.locator("#id_email").fill("leila.private@example.org")
    page.locator("#id_consent_publication").check()
    page.locator("#id_consent_privacy").check()
    assert overflow(page) == 0
    screenshot(page, "share-ar-phone")

    page.locator(".story-form button[type=submit]").click()

    page.wait_for_url(re.compile(r"/ar/share-your-story/thanks/"))
    reference = page.locator(".reference strong").inner_text()
    assert re.fullmatch(r"ST-[A-Z2-9]{6}", reference)
    assert overflow(page) == 0
    screenshot(page, "thanks-ar-phone")
    story = Submission.objects.get(reference=reference).story
    assert story.title_ar == TITLE
    assert not story.live

    # 2. Nobody sees it yet.
    page.goto(arabic_index)
    assert page.locator(".card").count() > 0  # the demo stories
    assert page.get_by_role("link", name=TITLE).count() == 0

    # 3. A story moderator finds it on the dashboard and approves it in the editor.
    moderator = django_user_model.objects.create_user(
        "moderator", "moderator@example.org", PASSWORD
    )
    moderator.groups.add(Group.objects.get(name="Story moderators"))
    page.set_viewport_size(DESKTOP)
    log_in(page, site, "moderator")

    awaiting = page.locator("#awaiting-review-section")
    assert awaiting.get_by_text("Awaiting your review").is_visible()
    assert awaiting.get_by_role("link", name=TITLE).is_visible()
    screenshot(page, "admin-dashboard-desktop")

    approve_in_editor(page, site, story)

    assert StoryPage.objects.get(pk=story.pk).live

    # 4. Listed on the Arabic site, and shown right to left.
    page.set_viewport_size(PHONE)
    page.goto(arabic_index)
    card = page.locator(".card", has=page.get_by_role("link", name=TITLE))
    assert card.get_attribute("lang") == "ar"
    assert overflow(page) == 0
    screenshot(page, "stories-ar-phone")
    page.set_viewport_size(DESKTOP)
    assert overflow(page) == 0
    screenshot(page, "stories-ar-desktop")

    page.set_viewport_size(PHONE)
    card.get_by_role("link", name=TITLE).click()
    page.wait_for_url(re.compile(re.escape(f"{site}/ar/")))
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.get_by_role("heading", level=1).inner_text() == TITLE
    body = page.locator(".story__body")
    assert body.get_attribute("lang") == "ar"
    assert "بنزرت" in body.inner_text()
    assert page.locator(".language-note, .language-notice").count() == 0
    assert overflow(page) == 0
    screenshot(page, "story-ar-phone")

    # 5. Listed on the English site too, in Arabic, with a note that says so.
    page.set_viewport_size(DESKTOP)
    page.goto(f"{site}/en/stories/")
    page.get_by_role("link", name=TITLE).click()
    page.wait_for_url(re.compile(re.escape(f"{site}/en/stories/") + ".+"))
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.get_by_role("heading", level=1).inner_text() == TITLE
    body = page.locator(".story__body")
    assert body.get_attribute("lang") == "ar"
    assert body.get_attribute("dir") == "rtl"
    note = page.locator(".language-notice")
    assert note.is_visible()
    assert "not yet available in English" in note.inner_text()
    arabic = translation.get_language_info("ar")["name_local"]
    assert note.get_by_role("link", name=arabic).get_attribute("hreflang") == "ar"
    assert overflow(page) == 0
    screenshot(page, "story-en-desktop")

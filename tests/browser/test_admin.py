"""The admin in a real browser: no console errors (the CSP lets everything the
admin needs through, and the admin asks no other host for anything), and an Arabic
story opens in the editor on its Arabic fields."""

from django.contrib.auth.models import Group

from stories.models import StoryPage

from .test_stories import DESKTOP, PASSWORD, log_in


def watch_console(page):
    errors = []
    page.on(
        "console",
        lambda message: (
            errors.append(message.text) if message.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "requestfailed",
        lambda request: errors.append(f"{request.url}: {request.failure}"),
    )
    return errors


def test_admin_pages_load_without_console_errors(
    live_site_for_changes, page, django_user_model, screenshot
):
    django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD)
    arabic = StoryPage.objects.filter(story_language="ar").first()
    site = live_site_for_changes.url
    errors = watch_console(page)
    page.set_viewport_size(DESKTOP)

    log_in(page, site, "chief")
    page.wait_for_load_state("networkidle")
    for path in [
        "/admin/story_listing/",
        f"/admin/pages/{arabic.pk}/edit/",
        "/admin/stories_submission/",
    ]:
        page.goto(f"{site}{path}")
        page.wait_for_load_state("networkidle")
        assert page.locator("main").is_visible(), path

    assert errors == []


def test_arabic_story_opens_on_its_arabic_fields(
    live_site_for_changes, page, django_user_model, screenshot
):
    """wagtail-modeltranslation's locale picker shows the story's own language
    first, not the empty English fields."""
    moderator = django_user_model.objects.create_user(
        "moderator", "moderator@example.org", PASSWORD
    )
    moderator.groups.add(Group.objects.get(name="Story moderators"))
    arabic = StoryPage.objects.filter(story_language="ar").first()
    assert arabic.title_ar and not arabic.title_en
    site = live_site_for_changes.url
    page.set_viewport_size(DESKTOP)

    log_in(page, site, "moderator")
    page.goto(f"{site}/admin/pages/{arabic.pk}/edit/")

    title_ar = page.locator("#id_title_ar")
    title_ar.wait_for(state="visible")
    assert title_ar.input_value() == arabic.title_ar
    assert page.locator("#id_title_en").is_hidden()
    assert page.locator(".locale-toggle.showing-locale").all_text_contents() == ["ar"]
    screenshot(page, "admin-story-editor-ar")

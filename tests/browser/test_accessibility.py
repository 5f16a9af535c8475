from urllib.parse import quote

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import translation

from stories.models import StoryPage

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def story_url(code):
    story = StoryPage.objects.live().get(story_language="ar")
    with translation.override(code):
        return story.url


@pytest.mark.parametrize("code", ["en", "ar"])
def test_story_pages_have_no_accessibility_violations(page, live_site, code):
    urls = [
        f"/{code}/share-your-story/",
        f"/{code}/{quote('قصص') if code == 'ar' else 'stories'}/",
        story_url(code),
    ]
    axe = Axe()
    for url in urls:
        page.goto(live_site.url + url)
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
        assert results.violations_count == 0, (url, results.generate_report())


def test_share_form_with_errors_has_no_accessibility_violations(
    page, live_site_for_changes
):
    """The form with errors; the post counts towards the rate limit, a commit."""
    page.goto(f"{live_site_for_changes.url}/en/share-your-story/")
    page.get_by_role("button", name="Send my story").click()

    assert page.locator(".error-summary").is_visible()
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    assert results.violations_count == 0, results.generate_report()

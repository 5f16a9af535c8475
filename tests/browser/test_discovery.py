"""Search results and the embeddable story card, in English and Arabic, at phone
width: no accessibility violations. Screenshots go to DISCOVERY_SHOTS if set."""

import os
from pathlib import Path
from urllib.parse import quote

import pytest
from axe_playwright_python.sync_playwright import Axe

from stories.models import StoryPage

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SIZES = {"phone": (390, 844), "desktop": (1280, 900)}


def shoot(page, name):
    folder = os.environ.get("DISCOVERY_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{folder}/{name}.png", full_page=True)


@pytest.mark.parametrize("code", ["en", "ar"])
def test_search_results_and_embed_card_are_accessible(page, live_site, code):
    story = StoryPage.objects.live().get(title_ar__startswith="صفاقس")
    query = quote("صفاقس") if code == "ar" else "city"
    urls = {
        "search": f"/{code}/search/?q={query}",
        "search-stories": f"/{code}/search/?q={query}&type=stories.storypage",
        "embed": f"/{code}/embed/{story.pk}/",
    }
    axe = Axe()
    for size_name, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        for name, url in urls.items():
            page.goto(live_site.url + url)
            if size_name == "phone":
                results = axe.run(
                    page, options={"runOnly": {"type": "tag", "values": WCAG}}
                )
                assert results.violations_count == 0, (url, results.generate_report())
            shoot(page, f"{name}-{code}-{size_name}")
    # The card as partner sites frame it (the oEmbed default size).
    page.set_viewport_size({"width": 480, "height": 420})
    page.goto(live_site.url + urls["embed"])
    link = page.locator(".embed-card__source a")
    assert link.is_visible()
    box = link.bounding_box()
    assert box["y"] + box["height"] <= 420
    shoot(page, f"embed-{code}-iframe")

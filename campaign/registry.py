"""Where the apps above ``campaign`` plug into it.

``campaign`` is the ground floor: it imports none of the project's other apps
(tests/test_layers.py). What its pages and commands show of the apps above comes
from here, registered by each app in its ``AppConfig.ready()``:

``home_sections``
    name → function giving one part of the home page: ``latest_stories(count)``,
    ``story_index()``, ``featured_publication()``, ``partner_wall(count)``. Read by
    ``campaign.selectors``; a part nobody registered is left out of the page.
``city_sections``
    context name → function(city) giving the live pages of one kind that belong to
    a city, newest first, ready for their cards (``city_stories``,
    ``city_publications``). Read by ``partners.selectors`` for the city pages.
``sitemaps``
    section → Sitemap class listing the pages of its ``page_model`` (stories, once
    per language they are written in); the general part leaves those pages out.
    Read by ``campaign.sitemaps``.
``site_sections``
    name → ``SiteSection``: a section of the site under the home page, built in
    ``order`` by ``load_demo`` (``demo``) and ``setup_site`` (``setup``, for the
    sections a new, empty site has). Each builder takes the command and the home
    page and returns the section's index page; ``grow`` adds generated pages for
    ``load_demo --stories N``. The site's navigation links sections by name.
"""

from collections.abc import Callable
from dataclasses import dataclass

home_sections = {}
city_sections = {}
sitemaps = {}
site_sections = {}


@dataclass(frozen=True)
class SiteSection:
    order: int
    demo: Callable
    setup: Callable | None = None
    grow: Callable | None = None


def ordered_site_sections():
    """(name, SiteSection) pairs in their building order."""
    return sorted(site_sections.items(), key=lambda item: item[1].order)

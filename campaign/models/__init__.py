"""Campaign pages and the site-wide settings that frame every page, one module per
page type, re-exported here."""

from .campaigns import CampaignIndexPage, CampaignPage
from .chrome import NavigationLink, SiteChrome, SocialAccount
from .events import EventIndexPage, EventPage
from .home import HomePage
from .news import ArticlePage, NewsIndexPage
from .page_translations import PageTranslation, TranslationStatus
from .pages import StandardPage
from .statements import Endorsement, EndorsementContact, StatementPage

__all__ = [
    "ArticlePage",
    "CampaignIndexPage",
    "CampaignPage",
    "Endorsement",
    "EndorsementContact",
    "EventIndexPage",
    "EventPage",
    "HomePage",
    "NavigationLink",
    "NewsIndexPage",
    "PageTranslation",
    "SiteChrome",
    "SocialAccount",
    "StandardPage",
    "StatementPage",
    "TranslationStatus",
]

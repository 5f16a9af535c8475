"""Campaign pages and the site-wide settings that frame every page, one module per
page type, re-exported here."""

from .chrome import NavigationLink, SiteChrome, SocialAccount
from .home import HomePage
from .pages import StandardPage
from .statements import Endorsement, EndorsementContact, StatementPage

__all__ = [
    "Endorsement",
    "EndorsementContact",
    "HomePage",
    "NavigationLink",
    "SiteChrome",
    "SocialAccount",
    "StandardPage",
    "StatementPage",
]

"""Campaign pages and the site-wide settings that frame every page, one module per
page type, re-exported here."""

from .chrome import NavigationLink, SiteChrome, SocialAccount
from .home import HomePage
from .pages import StandardPage

__all__ = [
    "HomePage",
    "NavigationLink",
    "SiteChrome",
    "SocialAccount",
    "StandardPage",
]

"""Share links, pre-filled with a page's title, address and hashtags."""

from urllib.parse import quote, urlencode

from django import template

from campaign.models import SiteChrome

register = template.Library()


def query(**params):
    return urlencode(params, quote_via=quote)


@register.simple_tag(takes_context=True)
def share_links(context, title, hashtags=None):
    """The addresses of each share link. Hashtags are the page's (a campaign's,
    or the campaign an article or event belongs to), else the site's."""
    request = context["request"]
    url = request.build_absolute_uri()
    if not hashtags:
        hashtags = SiteChrome.for_request(request).hashtag_list()
    tags = [tag.lstrip("#") for tag in hashtags]
    text = " ".join([str(title), *(f"#{tag}" for tag in tags)])
    return {
        "url": url,
        "title": title,
        "text": text,
        "x": "https://x.com/intent/post?"
        + query(url=url, text=title, hashtags=",".join(tags)),
        "bluesky": "https://bsky.app/intent/compose?" + query(text=f"{text} {url}"),
        "facebook": "https://www.facebook.com/sharer/sharer.php?" + query(u=url),
        "linkedin": "https://www.linkedin.com/sharing/share-offsite/?" + query(url=url),
        "whatsapp": "https://wa.me/?" + query(text=f"{text} {url}"),
        "email": "mailto:?" + query(subject=title, body=f"{text}\n\n{url}"),
    }

"""The <head> of every page: title, description, canonical, Open Graph, JSON-LD."""

from django import template

from campaign.metadata import page_metadata

register = template.Library()


@register.simple_tag(takes_context=True)
def get_page_metadata(context, alternates):
    request = context.get("request")
    if request is None:
        return {}
    return page_metadata(request, context.get("page"), alternates)

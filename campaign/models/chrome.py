"""Site-wide settings that frame every page: navigation, footer, social accounts."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="site")
class SiteChrome(ClusterableModel, BaseSiteSetting):
    """What frames every page: the main navigation and the footer."""

    footer_text = models.TextField(_("footer text"), blank=True, max_length=400)
    hashtags = models.CharField(
        _("hashtags"),
        max_length=200,
        blank=True,
        help_text=_("Separated by spaces, e.g. #ItTakesACommunity #WeTogether"),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    edit_handler = TabbedInterface(
        [
            ObjectList([InlinePanel("navigation_links")], heading=_("Navigation")),
            ObjectList(
                [
                    FieldPanel("footer_text"),
                    FieldPanel("hashtags"),
                    FieldPanel("contact_email"),
                    PageChooserPanel("privacy_page"),
                    InlinePanel("social_accounts"),
                ],
                heading=_("Footer"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("navigation and footer")

    def hashtag_list(self):
        return self.hashtags.split()


class NavigationLink(Orderable):
    chrome = ParentalKey(
        SiteChrome, on_delete=models.CASCADE, related_name="navigation_links"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    label = models.CharField(
        _("label"),
        max_length=60,
        blank=True,
        help_text=_("Leave empty to use the page title."),
    )

    panels = [PageChooserPanel("page"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("navigation link")
        verbose_name_plural = _("navigation links")

    def __str__(self):
        return self.text

    @property
    def text(self):
        return self.label or self.page.title


class SocialAccount(Orderable):
    chrome = ParentalKey(
        SiteChrome, on_delete=models.CASCADE, related_name="social_accounts"
    )
    network = models.CharField(_("network"), max_length=40)
    handle = models.CharField(_("handle"), max_length=80)
    url = models.URLField(_("address"))

    panels = [FieldPanel("network"), FieldPanel("handle"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social media account")
        verbose_name_plural = _("social media accounts")

    def __str__(self):
        return f"{self.network}: {self.handle}"

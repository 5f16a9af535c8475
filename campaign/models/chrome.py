"""Site-wide settings that frame every page: the identity (name, claim, palette,
logo), navigation, footer, social accounts."""

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


class Palette(models.TextChoices):
    """Designed colour sets; each is a class on <body> that site.css defines."""

    HARBOUR = "harbour", _("Harbour: deep teal and saffron")
    TERRACOTTA = "terracotta", _("Terracotta: brick red and sand")
    CEDAR = "cedar", _("Cedar: forest green and gold")
    DUSK = "dusk", _("Dusk: indigo and coral")


@register_setting(icon="site")
class SiteChrome(ClusterableModel, BaseSiteSetting):
    """What frames every page: the campaign's identity, the main navigation and the
    footer."""

    campaign_name = models.CharField(
        _("campaign name"),
        max_length=80,
        blank=True,
        help_text=_("Shown beside the logo, in each language. Empty: the site name."),
    )
    claim = models.CharField(
        _("claim"),
        max_length=120,
        blank=True,
        help_text=_("The campaign's tagline, under its name and in the footer."),
    )
    palette = models.CharField(
        _("colour palette"),
        max_length=20,
        choices=Palette.choices,
        default=Palette.HARBOUR,
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional: replaces the drawn mark beside the campaign name. A square "
            "image (SVG is not accepted: PNG or WebP, at least 128 pixels)."
        ),
    )
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
            ObjectList(
                [
                    FieldPanel("campaign_name"),
                    FieldPanel("claim"),
                    FieldPanel("palette"),
                    FieldPanel("logo"),
                ],
                heading=_("Identity"),
            ),
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
        verbose_name = _("identity, navigation and footer")

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

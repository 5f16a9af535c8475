from django.urls import path

from . import views

app_name = "stories"

urlpatterns = [
    path("share-your-story/", views.share, name="share"),
    path(
        "share-your-story/thanks/<str:token>/",
        views.thanks,
        name="thanks",
    ),
    path(
        "share-your-story/status/<str:token>/",
        views.status,
        name="status",
    ),
    path("stories-feed/", views.LatestStoriesFeed(), name="feed"),
    path("stories-feed/atom/", views.LatestStoriesAtomFeed(), name="feed_atom"),
]

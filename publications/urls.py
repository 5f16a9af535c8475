from django.urls import path

from . import views

app_name = "publications"

urlpatterns = [
    path("publications-feed/", views.LatestPublicationsFeed(), name="feed"),
    path("publications/download/<int:pk>/", views.download, name="download"),
]

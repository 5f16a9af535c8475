from django.urls import path

from . import views

app_name = "statements"

urlpatterns = [
    path("statements/<int:page_id>/endorse/", views.endorse, name="endorse"),
    path("statements/<int:page_id>/endorse/thanks/", views.thanks, name="thanks"),
]

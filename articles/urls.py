from django.http import HttpResponse
from django.urls import path

app_name = "articles"


def placeholder(request, *args, **kwargs):
    return HttpResponse("")


urlpatterns = [
    path("", placeholder, name="home"),
    path("articles/", placeholder, name="list"),
    path("articles/<int:pk>/<str:slug>/", placeholder, name="detail"),
    path("regions/<str:adcode>/", placeholder, name="region"),
    path("themes/<slug:slug>/", placeholder, name="theme"),
    path("organizations/<slug:slug>/", placeholder, name="organization"),
]

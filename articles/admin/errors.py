"""The admin's own 400 page: an editor whose save was refused is told why, inside the workbench."""

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import RequestDataTooBig
from django.shortcuts import render
from django.urls import reverse
from django.views import defaults


def bad_request(request, exception):
    """``handler400``: under /admin/ a page in the admin's style (a body too large to post says so and
    states the limit); elsewhere the public site's 400 page. Reads nothing from the database."""
    if not request.path.startswith(reverse("admin:index")):
        return defaults.bad_request(request, exception)
    context = {
        "site_header": admin.site.site_header,
        "site_title": admin.site.site_title,
        "site_url": admin.site.site_url,
        "too_big": isinstance(exception, RequestDataTooBig),
        "limit_mb": f"{settings.DATA_UPLOAD_MAX_MEMORY_SIZE / 1024 / 1024:g}",
        "back_url": request.path,
    }
    return render(request, "admin/kexie/bad_request.html", context, status=400)

"""Login throttling for the admin: django-axes, but only where there is a request to throttle."""

import math

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib import admin
from django.shortcuts import render


class ThrottledLoginBackend(AxesStandaloneBackend):
    """Refuse logins for a username/IP pair locked out by repeated failures.

    Web logins always pass the request. Calls without one (``Client.login`` in
    tests, ``authenticate()`` in a shell or a management command) cannot be
    throttled by IP and are left to the next backend instead of raising.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def locked_out(request, original_response=None, credentials=None):
    """axes' lockout page (``AXES_LOCKOUT_CALLABLE``) as an admin page: the site's header, and the
    wait in minutes (axes' own context has neither, only an ISO 8601 duration such as ``PT15M``)."""
    cool_off = get_cool_off(request)
    context = {
        **admin.site.each_context(request),
        "cooloff_minutes": math.ceil(cool_off.total_seconds() / 60) if cool_off else None,
    }
    return render(request, "admin/kexie/locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)

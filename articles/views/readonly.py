"""The public site is read only: GET and HEAD, and any other method a 405 with the site's Chinese page.

Django's CSRF check runs before a view's own method check, so a POST to a page that has no form
got 页面已过期 (your typing was not saved), a message about a form that never existed. The
public views have no form that writes, so they are exempt from the CSRF check and answer 405.
"""

from functools import wraps

from django.http import HttpResponseNotAllowed
from django.template.loader import render_to_string
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe


def read_only(view):
    """``view`` for GET and HEAD; a 405 page (``templates/405.html``) for any other method."""
    safe_view = require_safe(view)

    @wraps(view)
    def refusing_writes(request, *args, **kwargs):
        response = safe_view(request, *args, **kwargs)
        if isinstance(response, HttpResponseNotAllowed):
            response.content = render_to_string("405.html", request=request)
            response["Content-Type"] = "text/html; charset=utf-8"
        return response

    return csrf_exempt(refusing_writes)

"""Site-wide request checks that run before any view."""

from django.conf import settings
from django.core.exceptions import BadRequest


class RejectNullCharactersMiddleware:
    """Answer 400 to a request whose path, query or form data holds a NUL character (U+0000).

    No URL, query parameter or form of the site has a use for it, and PostgreSQL cannot take it in
    a text value: a NUL that reached a query (an adcode in a region page's path, a value of an
    admin filter, an admin change page's id) raised a database error, a 500, where SQLite simply
    found nothing. Django's form fields already refuse it; this covers what is not a form field.
    Uploaded files are not looked at: they go to the importer, which reads any bytes.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        posted = request.method == "POST" and _holds_null(request.POST)
        if "\x00" in request.path or _holds_null(request.GET) or posted:
            raise BadRequest("the request holds a NUL character")
        return self.get_response(request)


def _holds_null(data) -> bool:
    return any("\x00" in key or any("\x00" in value for value in values) for key, values in data.lists())


class PublicContentSecurityPolicyMiddleware:
    """Send ``settings.PUBLIC_CONTENT_SECURITY_POLICY`` with the public site's responses.

    A second wall behind escaping: should a story's text or a stored address ever reach a page as
    markup or a link, the browser runs no script but the site's own files. The admin is left out:
    Django's admin and the editors' workbench are not written for it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = settings.PUBLIC_CONTENT_SECURITY_POLICY
        if policy and not request.path.startswith("/admin/"):
            response.headers.setdefault("Content-Security-Policy", policy)
        return response

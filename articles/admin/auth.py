"""Login throttling for the admin: django-axes, but only where there is a request to throttle."""

from axes.backends import AxesStandaloneBackend


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

"""Lists of integer ids: how an article's facet keys are stored; the check on a link to an original page."""

import json

from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

# 原文链接 is a web page: a javascript:, data: or ftp: address would be a link the site shows its readers
# that runs script or leaves the web (the template links nothing else either).
web_address = URLValidator(
    schemes=["http", "https"], message=_("请填写以 http:// 或 https:// 开头的网页地址。")
)


class IntegerListField(models.Field):
    """Sorted integer ids: ``integer[]`` on PostgreSQL, a JSON array in a text column elsewhere.

    What migrations 0012 and 0014 created the facet keys with, when a search's facets unnested
    every matching row's keys (``integer[]`` measured three times faster to unnest than ``jsonb``).
    Kept for those migrations; the model's fields are ``IdListField`` since 0015.
    """

    description = "List of integers"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def db_type(self, connection):
        return "integer[]" if connection.vendor == "postgresql" else "text"

    def get_prep_value(self, value):
        return sorted(int(item) for item in value or ())

    def get_db_prep_value(self, value, connection, prepared=False):
        value = value if prepared else self.get_prep_value(value)
        return value if connection.vendor == "postgresql" else json.dumps(value, separators=(",", ":"))

    def from_db_value(self, value, expression, connection):
        if value is None:
            return []
        return value if isinstance(value, list) else json.loads(value)

    def to_python(self, value):
        if isinstance(value, str):
            return json.loads(value)
        return list(value or ())


class IdListField(IntegerListField):
    """Sorted integer ids as a compact JSON array (``[2,10,30]``) in a text column, on every database.

    A search's facets group the matching rows by their list of keys and unnest only the distinct
    lists (``services/search_counts.py``). PostgreSQL hashes and compares a text value in one call
    over its bytes, but an ``integer[]`` element by element: grouping 52,000 rows by text took
    ~25 ms less than by ``integer[]`` (docs/BENCHMARKS.md). ``IntegerListField`` (``integer[]`` on
    PostgreSQL) stays for the migrations that created the columns with it (0012, 0014); 0015 turned
    them into this.
    """

    description = "List of integer ids (JSON text)"

    def db_type(self, connection):
        return "text"

    def get_db_prep_value(self, value, connection, prepared=False):
        value = value if prepared else self.get_prep_value(value)
        return json.dumps(value, separators=(",", ":"))

"""Read an admin form's fields out of the rendered HTML, so tests post exactly what a browser would."""

from html.parser import HTMLParser


class _FormParser(HTMLParser):
    def __init__(self, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.depth = 0  # >0 while inside the wanted form
        self.data: dict[str, list[str]] = {}
        self._select: str | None = None
        self._option: str | None = None
        self._textarea: str | None = None
        self._text: list[str] = []

    def _add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            if self.depth:
                self.depth += 1
            elif attrs.get("id") == self.form_id:
                self.depth = 1
            return
        if not self.depth:
            return
        name = attrs.get("name")
        if tag == "input" and name and "disabled" not in attrs:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self._add(name, attrs.get("value", "on"))
                return
            self._add(name, attrs.get("value", ""))
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in attrs:
            self._add(self._select, attrs.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea, self._text = name, []

    def handle_endtag(self, tag):
        if tag == "form" and self.depth:
            self.depth -= 1
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea:
            text = "".join(self._text)
            self._add(self._textarea, text[1:] if text.startswith("\n") else text)
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self._text.append(data)


def form_data(html: str, form_id: str) -> dict:
    """Field name → value (or list of values) of the form with this id, as a browser would submit it."""
    parser = _FormParser(form_id)
    parser.feed(html)
    return {name: values if len(values) != 1 else values[0] for name, values in parser.data.items() if values}


def change_form_data(client, url: str, form_id: str = "article_form") -> dict:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return form_data(response.content.decode(), form_id)

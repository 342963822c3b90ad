"""What the data migrations that add terms to the themes' rules share (a module named with ``_``, which
Django's migration loader skips): a term joins a rule once, and an editor's own weight for it stays."""


def add_theme_terms(apps, terms_by_slug: dict[str, tuple[str, ...]]) -> None:
    """Append each term (``词`` or ``词*权重``) to its theme's rule unless the rule already names the word."""
    Theme = apps.get_model("articles", "Theme")
    for slug, terms in terms_by_slug.items():
        theme = Theme.objects.filter(slug=slug).first()
        if theme is None:
            continue
        lines = theme.keywords.splitlines()
        present = {line.split("*")[0].strip() for line in lines}
        added = [term for term in terms if term.split("*")[0] not in present]
        if added:
            theme.keywords = "\n".join([*lines, *added])
            theme.save(update_fields=["keywords"])

"""What the data migrations that change the themes' rules share (a module named with ``_``, which
Django's migration loader skips): a term joins a rule once, an editor's own weight for it stays, and a
term is taken out only where the rule still has it as first written."""


def change_theme_terms(apps, added: dict[str, tuple[str, ...]], removed: dict[str, tuple[str, ...]] | None = None) -> None:
    """Append each added term (``词`` or ``词*权重``) to its theme's rule unless the rule already names the
    word, and drop each removed line that is still exactly as written."""
    removed = removed or {}
    Theme = apps.get_model("articles", "Theme")
    for slug in added.keys() | removed.keys():
        theme = Theme.objects.filter(slug=slug).first()
        if theme is None:
            continue
        lines = [line for line in theme.keywords.splitlines() if line.strip() not in removed.get(slug, ())]
        present = {line.split("*")[0].strip() for line in lines}
        lines += [term for term in added.get(slug, ()) if term.split("*")[0] not in present]
        keywords = "\n".join(lines)
        if keywords != theme.keywords:
            theme.keywords = keywords
            theme.save(update_fields=["keywords"])

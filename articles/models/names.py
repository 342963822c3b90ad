"""Helpers for the one-name-per-line text fields editors fill in."""


def split_lines(value: str) -> list[str]:
    """Return the non-empty, stripped lines of a one-per-line field, without repeats."""
    seen: list[str] = []
    for line in (value or "").splitlines():
        line = line.strip()
        if line and line not in seen:
            seen.append(line)
    return seen


def join_lines(values) -> str:
    return "\n".join(split_lines("\n".join(values)))

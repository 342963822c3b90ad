"""The runs the search index joins round a character the dictionary left alone (川/渝 → 川渝), and the
particles set apart from the character the dictionary joined them to (以大/模型 → 以 + 大 + 模型).

``Segmenter._joins`` puts every run in a text's index tokens; ``Segmenter.query_tokens`` looks a query's
lone character up by its shortest run. Both sides state the runs here, once (``runs_round``); the index's
side spells them out (``runs_joined``), as it runs for every lone character of every paragraph imported.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from operator import and_

_JOINABLE = re.compile(r"[\u3400-\u9fff0-9]+")  # Chinese or digits: a run of Latin letters is one piece
PARTICLES = frozenset("的了着过在和与及或是对为把被向从于以由将就都也而并之其这那个等")


@lru_cache(maxsize=100_000)
def joinable(piece: str) -> bool:
    """A piece ``Segmenter._joins`` may join: Chinese or digits, not a particle."""
    return piece not in PARTICLES and _JOINABLE.fullmatch(piece) is not None


def runs_joined(cut: list[str], lengths: list[int], near: list[int] | None = None) -> list[str]:
    """Each run round a lone character of ``cut`` (``runs_round``) joined, once, in order; with ``near``,
    only those joined at a lone character up to two places before one of those (the runs that may
    hold a piece there: a run spans three pieces at most, and is joined at its first lone character).

    Each run is joined at the first lone character it holds, so a lone character ``at`` joins the runs
    ``runs_round`` gives that hold no lone character before it: a word of two characters before it and
    itself; itself and a piece of one or two characters after it; itself and two lone characters after
    it. Spelled out, not generated: this runs for every lone character of every paragraph imported.
    """
    joins: list[str] = []
    size = len(cut)
    if near is None:
        ok = list(map(joinable, cut))
        lone = compress(range(size), map(and_, map((1).__eq__, lengths), ok))
    else:  # only the pieces round those places are looked at
        ok = {at: joinable(cut[at]) for place in near for at in range(max(place - 3, 0), min(place + 3, size))}
        around = sorted({at for place in near for at in range(max(place - 2, 0), place + 1)})
        lone = (at for at in around if lengths[at] == 1 and ok[at])
    last = size - 1
    for at in lone:
        if at and lengths[at - 1] == 2 and ok[at - 1]:
            joins.append(cut[at - 1] + cut[at])
        if at < last and ok[at + 1]:
            following = lengths[at + 1]
            if following <= 2:
                joins.append(cut[at] + cut[at + 1])
            if following == 1 and at + 1 < last and lengths[at + 2] == 1 and ok[at + 2]:
                joins.append(cut[at] + cut[at + 1] + cut[at + 2])
    return joins


@lru_cache(maxsize=100_000)
def particle_pair(piece: str) -> bool:
    """A word of two characters, one a particle and the other not (以大, 作为, 之家)."""
    return (
        len(piece) == 2
        and (piece[0] in PARTICLES) != (piece[1] in PARTICLES)
        and _JOINABLE.fullmatch(piece) is not None
    )


def particles_apart(cut: list[str]) -> tuple[list[str], list[int]]:
    """``cut`` with each word of a particle and one other character (``particle_pair``) cut in two.

    Which neighbour the dictionary joins a particle to depends on the text round it (以大/模型 in
    近年来，以大模型为代表, 所以/大/模型 in 所以大模型…): apart, the other character is alone wherever
    the text prints it, for the runs round it (``runs_round``). Also the places of those characters
    (a particle joins no run); ``cut`` itself and none when there is no such word.
    """
    pairs = list(compress(range(len(cut)), map(particle_pair, cut)))
    if not pairs:
        return cut, []
    apart: list[str] = []
    split: list[int] = []
    done = 0
    for at in pairs:  # copy the stretches between the pairs whole
        apart += cut[done:at]
        split.append(len(apart) + (cut[at][0] in PARTICLES))
        apart += cut[at]
        done = at + 1
    apart += cut[done:]
    return apart, split


def edge_particles_apart(cut: list[str], first: int, last: int) -> tuple[list[str], set[int]]:
    """A query's ``cut`` with the word of its first piece ``first`` cut in two where it opens with a
    particle (以大 of 以大模型为代表), and that of ``last`` where it ends with one, if the character then
    joins its neighbours in a run (``runs_round``: 大 + 模型); and the particles' places, which are no
    token. A word of a particle that finds no run stays whole (这次新冠肺炎, 小雨点作为)."""
    dropped: set[int] = set()
    for at, side in ((last, 1), (first, 0)):
        piece = cut[at]
        if not (particle_pair(piece) and piece[side] in PARTICLES):
            continue
        apart = [*cut[:at], *piece, *cut[at + 1 :]]
        moved = {place + 1 if place > at else place for place in dropped} | {at + side}
        runs = runs_round(at + 1 - side, list(map(len, apart)), list(map(joinable, apart)))
        if any(in_the_index(apart, start, end, moved) for start, end in runs):
            cut, dropped = apart, moved
    return cut, dropped


def in_the_index(cut: list[str], start: int, end: int, dropped: set[int]) -> bool:
    """The run ``cut[start:end]`` of a query is among the joins of a text printing it (``_joins``): the
    runs of the text's cut, and of its cut with the particles apart (``particles_apart``). A run beside
    a particle a query cut off (``edge_particles_apart``) holds no other word of a particle, which the
    text's cut with the particles apart would not hold whole."""
    if not any(place in (start - 1, end) for place in dropped):
        return True
    return not any(map(particle_pair, cut[start:end]))


def runs_round(at: int, lengths: list[int], ok: list[bool]):
    """(start, end) of each run of pieces round the lone character at ``at`` that stands for a word the
    dictionary split (川/渝 → 川渝): two or three whole pieces in a row, two or three characters in all,
    each joinable (``joinable``), in order of start then end. The index holds every such run
    (``Segmenter._joins``) and a query looks up the shortest (``Segmenter.query_tokens``)."""
    size = len(lengths)
    for start in range(max(0, at - 2), at + 1):
        for end in range(max(at + 1, start + 2), min(size, start + 3) + 1):
            if 2 <= sum(lengths[start:end]) <= 3 and all(ok[start:end]):
                yield start, end

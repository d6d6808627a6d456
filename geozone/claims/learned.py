"""A second opinion learned from the annotated reports: is a distance a width, and what it measures.

The reading rules decide first. Where they find no width in a distance,
or find one but cannot tell what it measures ("unspecified"), two
logistic models read the words around the distance and may overrule:

- ``detect``: the probability that the distance is a zone's width (and
  not a range, a length, an area or how far a place lies);
- ``semantics``: which of ``total``, ``per_side``, ``depth`` and
  ``unspecified`` the width is.

Both are trained by ``benchmarks/claims_train.py`` on the annotated field
reports it lists, and stored as plain weights in ``data/context_model.json``
(a feature's weight per class, a bias, and the thresholds), so reading
needs no learning library. The features are the words before and after
the distance in its sentence, their neighbouring pairs, and the words
of the sentence as a set; nothing else of the text is used.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

MODEL_FILE = "context_model.json"
LEARNED = "learned from the words around it"
"""``semantics_words`` of a reading the context model made."""
_WORD = re.compile(r"[a-z]+|\d+")
_LEFT = 6
_RIGHT = 8


def features(norm: str, sentence: tuple[int, int], start: int, end: int) -> list[str]:
    """The features of one distance: the words around it in its sentence.

    Parameters
    ----------
    norm : str
        The report's normalised text.
    sentence : tuple of int
        Start and end offsets of the distance's sentence in ``norm``.
    start, end : int
        Offsets of the distance (figure and unit) in ``norm``.

    Returns
    -------
    list of str
        Feature names, each present once.
    """
    s_a, s_b = sentence
    left = _WORD.findall(norm[s_a:start].lower())[-_LEFT:]
    right = _WORD.findall(norm[end:s_b].lower())[:_RIGHT]
    out = window(left, right, near_left=2)
    out.update("S:" + w for w in left + right)
    return sorted(out)


def figure_span(starts: tuple[int, ...], fields: dict) -> tuple[int, int]:
    """Where a width's figure lies in the normalised text.

    Parameters
    ----------
    starts : tuple of int
        Source offset of each character of the normalised text (``Text.starts``).
    fields : dict
        The width's fields, with ``figure_start`` and ``figure_end`` in the source.

    Returns
    -------
    tuple of int
        Start and end of the figure in the normalised text (at least one character).
    """
    a = bisect.bisect_left(starts, fields["figure_start"])
    return a, max(a + 1, bisect.bisect_left(starts, fields["figure_end"]))


def around(
    norm: str, spans: list[tuple[int, int]], start: int, end: int, prev: int, nxt: int
) -> tuple[tuple[int, int], list[str], list[str]]:
    """A figure's sentence, and the words of the sentences before and after it.

    Parameters
    ----------
    norm : str
        The report's normalised text.
    spans : list of tuple of int
        The report's sentences (start and end offsets in ``norm``), in order.
    start, end : int
        Offsets of the figure and its unit in ``norm``.
    prev, nxt : int
        How many words to keep: the last of the sentence before, the first of the one after.

    Returns
    -------
    tuple
        The sentence's offsets (100 characters either side of the figure when it lies in
        none), and the lower-case words kept before and after it.
    """
    k = bisect.bisect_right([a for a, _ in spans], start) - 1
    if k < 0 or start >= spans[k][1]:
        return (max(0, start - 100), min(len(norm), end + 100)), [], []
    before = _WORD.findall(norm[slice(*spans[k - 1])].lower())[-prev:] if k else []
    after = _WORD.findall(norm[slice(*spans[k + 1])].lower())[:nxt] if k + 1 < len(spans) else []
    return spans[k], before, after


def neighbours(prev: list[str], nxt: list[str]) -> set[str]:
    """Features of the words of the sentences around a figure's (see :func:`around`): the
    sentence before's as ``P:``, the sentence after's as ``N:``."""
    return {"P:" + w for w in prev} | {"N:" + w for w in nxt}


def window(left: list[str], right: list[str], near_left: int) -> set[str]:
    """Features of the words on either side of a figure.

    Each word left (``L:``) and right (``R:``) of it, the nearest ``near_left``
    on the left and three on the right also by their place (``L0:``, ``R0:``,
    ...), and neighbouring pairs on each side (``LB:``, ``RB:``).

    Parameters
    ----------
    left, right : list of str
        The lower-case words before the figure (in text order) and after it.
    near_left : int
        How many of the words before the figure are also counted by place.
    """
    out: set[str] = set()
    for i, w in enumerate(reversed(left)):
        out.add("L:" + w)
        if i < near_left:
            out.add(f"L{i}:{w}")
    for i, w in enumerate(right):
        out.add("R:" + w)
        if i < 3:
            out.add(f"R{i}:{w}")
    out.update(f"LB:{a}_{b}" for a, b in pairwise(left))
    out.update(f"RB:{a}_{b}" for a, b in pairwise(right))
    return out


@dataclass(frozen=True)
class ContextModel:
    """Weights of the two logistic models (see the module's docstring)."""

    detect_bias: float
    detect_weights: dict[str, float]
    classes: tuple[str, ...]
    semantics_bias: tuple[float, ...]
    semantics_weights: dict[str, tuple[float, ...]]
    detect_threshold: float
    semantics_threshold: float

    def width_probability(self, feats: list[str]) -> float:
        """Probability (0–1) that the distance with these features is a width."""
        z = self.detect_bias + sum(self.detect_weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-z))

    def semantics(self, feats: list[str]) -> tuple[str, float]:
        """The likeliest semantics of a width with these features, and its probability."""
        z = list(self.semantics_bias)
        for f in feats:
            for k, w in enumerate(self.semantics_weights.get(f, ())):
                z[k] += w
        top = max(z)
        e = [math.exp(v - top) for v in z]
        k = max(range(len(z)), key=z.__getitem__)
        return self.classes[k], e[k] / sum(e)

    def to_json(self) -> dict:
        """The weights as stored in ``data/context_model.json``."""
        return {
            "detect": {
                "bias": self.detect_bias,
                "threshold": self.detect_threshold,
                "weights": self.detect_weights,
            },
            "semantics": {
                "classes": list(self.classes),
                "bias": list(self.semantics_bias),
                "threshold": self.semantics_threshold,
                "weights": {k: list(v) for k, v in self.semantics_weights.items()},
            },
        }

    @classmethod
    def from_json(cls, data: dict) -> ContextModel:
        """The model from its stored form (see :meth:`to_json`)."""
        d, s = data["detect"], data["semantics"]
        return cls(
            detect_bias=float(d["bias"]),
            detect_weights={k: float(v) for k, v in d["weights"].items()},
            classes=tuple(s["classes"]),
            semantics_bias=tuple(float(v) for v in s["bias"]),
            semantics_weights={k: tuple(float(x) for x in v) for k, v in s["weights"].items()},
            detect_threshold=float(d["threshold"]),
            semantics_threshold=float(s["threshold"]),
        )


@dataclass(frozen=True)
class Multinomial:
    """A multinomial logistic model stored as plain weights: a bias and a weight per class.

    Attributes
    ----------
    classes : tuple of str
        The labels, in the order of ``bias`` and of each feature's weights.
    bias : tuple of float
        The score of each class before any feature.
    weights : dict of str to tuple of float
        Each feature's weight per class; a feature not listed weighs nothing.
    threshold : float
        The probability (0–1) the model must reach to overrule the rules.
    """

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float

    def probabilities(self, feats: list[str]) -> dict[str, float]:
        """Probability (0–1) of each class given these features (the softmax of the scores)."""
        z = list(self.bias)
        for f in feats:
            for k, w in enumerate(self.weights.get(f, ())):
                z[k] += w
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {c: x / total for c, x in zip(self.classes, e, strict=True)}

    def to_json(self) -> dict:
        """The weights as stored in the model's file under ``geozone/claims/data``."""
        return {
            "classes": list(self.classes),
            "bias": list(self.bias),
            "threshold": self.threshold,
            "weights": {k: list(v) for k, v in self.weights.items()},
        }

    @classmethod
    def from_json(cls, data: dict) -> Multinomial:
        """The model from its stored form (see :meth:`to_json`)."""
        return cls(
            classes=tuple(data["classes"]),
            bias=tuple(float(v) for v in data["bias"]),
            weights={k: tuple(float(x) for x in v) for k, v in data["weights"].items()},
            threshold=float(data["threshold"]),
        )


def stored(name: str) -> dict:
    """A model file of ``geozone/claims/data``, parsed."""
    return json.loads(resources.files(__package__).joinpath("data", name).read_text("utf-8"))


@cache
def context_model() -> ContextModel:
    """The stored model, read once per process."""
    return ContextModel.from_json(stored(MODEL_FILE))

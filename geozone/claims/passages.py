"""Sentences among a report's sentences: where one lies, what follows it, who speaks.

Offsets are characters of the normalised text; sentences are (start, end) spans in order.
"""

from __future__ import annotations

import re

# a speaker's name opening a paragraph of a transcript: "GEN. MEYR:", "Q (Marl Gazette):"
SPEAKER = re.compile(r"\s*(?:[A-Z][\w.'-]*\s+){0,3}?(?:[A-Z][\w.'-]*|\([^()\n]{1,40}\))\s*:\s+")


def sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding character ``pos``, among ``spans``.

    Outside every sentence, the one character at ``pos``.
    """
    for a, b in spans:
        if a <= pos < b:
            return a, b
    return pos, pos + 1


def paragraph_after(
    norm: str, spans: list[tuple[int, int]], s_b: int, n: int = 2, replies: bool = False
) -> list[str]:
    """Up to ``n`` sentences after the one ending at ``s_b``, while the paragraph goes on.

    With ``replies``, a transcript goes on into the next speaker's answer ("PRESENTER: ...
    Thirty kilometres, I read." / "STURR: They started high. That was dropped."), without
    the speaker's name.
    """
    out, end, crossed = [], s_b, False
    for a, b in spans:
        if a < s_b:
            continue
        words = norm[a:b]
        if len(out) >= n:
            break
        if "\n\n" in norm[end - 1 : a + 1].replace(" ", ""):
            label = SPEAKER.match(words)
            if not replies or crossed or label is None:
                break
            crossed = True
        if replies and (label := SPEAKER.match(words)):
            words = words[label.end() :]
        out.append(words)
        end = b
    return out

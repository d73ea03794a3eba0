"""Rule ``readability``: a body plain enough to read at a glance."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from declint.document.email import EmailDocument
from declint.document.words import count_words, line_breaks
from declint.nlp import hyphenation
from declint.nlp.syllables import syllables
from declint.ruleapi.base import Finding, Rule, RuleOptions, Severity
from declint.ruleapi.data import rule_data

# Word lists, from readability.toml beside this module.
_DATA = rule_data("readability")

# Long words that any decline has to use; counted as one-syllable words so the score
# measures how the writer writes, not what the genre is about.
PLAIN_WORDS = tuple(_DATA["plain_words"])


@dataclass(frozen=True)
class ReadabilityOptions(RuleOptions):
    #: Lowest Flesch reading ease allowed (0-100; higher is easier).
    min_reading_ease: float = 50.0
    #: Highest Flesch-Kincaid grade level allowed.
    max_grade: float = 12.0
    #: Bodies shorter than this are not scored: the formulas are noise on a few words.
    min_words: int = 30
    #: Words counted as plain (one syllable) because the subject demands them.
    plain_words: tuple[str, ...] = PLAIN_WORDS


def flesch_scores(text: str) -> tuple[float, float]:
    """Flesch reading ease and Flesch-Kincaid grade of ``text``, as textstat computes them.

    textstat counts the words and sentences. Syllables come from ``declint.nlp.syllables``,
    the CMU dictionary textstat would load itself, and for words it does not list from
    ``declint.nlp.hyphenation``, textstat's fallback (pyphen's hyphenation points plus one):
    both read from the shipped word lists, many times faster. A test holds these figures
    to textstat's own.
    """
    # Imported here: a run without this rule never loads textstat or the dictionary.
    from textstat.backend import counts, metrics, selections

    words = counts.count_words(text)
    per_sentence = float(metrics.words_per_sentence(text))
    if not words or not per_sentence:
        return 0.0, 0.0
    total = 0
    for word in selections.list_words(text, lowercase=True):
        known = syllables(word)
        total += known if known is not None else len(hyphenation.positions(word)) + 1
    per_word = total / words
    if not per_word:
        return 0.0, 0.0
    return 206.835 - 1.015 * per_sentence - 84.6 * per_word, 0.39 * per_sentence + 11.8 * per_word - 15.59


class Readability(Rule[ReadabilityOptions]):
    """Write the body in plain, easy-to-read language.

    ## What it does
    Scores the body (not the greeting, sign-off, signer, signature or quoted reply) with
    the Flesch reading ease and Flesch-Kincaid grade formulas (via textstat) and flags it when
    the reading ease is below `min_reading_ease` or the grade is above `max_grade`.
    Placeholders are read as the plain words they stand for, and so are the long words
    every decline needs ("opportunity", "application", "interview": `plain_words`).
    Bodies of fewer than `min_words` words are not scored.

    ## Why is this bad?
    The article values written communication because it "allows for clear articulation",
    and asks for content that is "concise yet comprehensive". Long words and long sentences
    make a short, kind message read like a legal notice.

    ## Example
    ```text
    Dear Dr. Nakamura,

    Notwithstanding my considerable appreciation for the organisational consideration
    extended throughout the preliminary evaluation procedures, subsequent deliberation
    regarding professional responsibilities necessitates the respectful discontinuation of
    my candidacy for the aforementioned administrative position, effective immediately.

    Respectfully,
    Omar Farouk
    ```

    Flags: "Notwithstanding my considerable".

    ## Use instead
    ```text
    Dear Dr. Nakamura,

    Thank you for inviting me to interview for the office manager job. I have thought it
    over, and I have chosen to stay in my current role, so I must withdraw. I enjoyed
    meeting your team and I hope we meet again.

    Respectfully,
    Omar Farouk
    ```

    ## Options
    - `min_reading_ease` (float, default 50): lowest Flesch reading ease allowed.
    - `max_grade` (float, default 12): highest Flesch-Kincaid grade level allowed.
    - `min_words` (int, default 30): bodies with fewer words are not scored.
    - `plain_words` (list of strings, default "opportunity", "application", "interview",
      "consideration", "position" and a few more): long words that a decline cannot avoid,
      scored as one-syllable words so the formulas judge how you write, not your subject.
    """

    id = "readability"
    category = "style"
    severity = Severity.INFO
    article_section = "Writing a Polite and Professional Email"
    reads_entities = False
    options_type = ReadabilityOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        body = document.body
        if count_words(document, body) < self.options.min_words:
            return
        # The formulas count sentences by their full stops: give them the ones the writer
        # left out at the end of a list item or a short line.
        chars = list(document.analysis.parse_text[: body.end])
        for at in line_breaks(document, body):
            chars[at] = "."
        text = "".join(chars[body.start :])
        if self.options.plain_words:
            plain = re.compile(
                r"\b(?:" + "|".join(re.escape(w) for w in self.options.plain_words) + r")\b", re.IGNORECASE
            )
            text = plain.sub("job", text)
        ease, grade = flesch_scores(text)
        opts = self.options
        problems = []
        # Compared as shown: a grade of 12.04 is "12.0", which is not above 12.
        ease, grade = round(ease, 1), round(grade, 1)
        if ease < opts.min_reading_ease:
            problems.append(f"reading ease {ease:.1f} is below {opts.min_reading_ease:g}")
        if grade > opts.max_grade:
            problems.append(f"grade level {grade:.1f} is above {opts.max_grade:g}")
        if problems:
            yield self.finding(
                "the body is hard to read: " + "; ".join(problems),
                body.start,
                body.end,
                suggestion="Use shorter sentences and everyday words.",
            )

"""Rule ``spelling``: misspelled words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from declint.core.spans import CharSpan
from declint.document.email import EmailDocument
from declint.nlp.lexicon import RUN_TOGETHER, american, listed
from declint.nlp.slang import is_slang_token
from declint.nlp.usage import usage
from declint.ruleapi.base import Finding, Fix, Rule, RuleOptions
from declint.text.parts import closing_formula

if TYPE_CHECKING:
    from spacy.tokens import Token

    from declint.nlp.lexicon import Lexicon

# Names of people, places, organisations, groups and products are never in a dictionary.
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART",
                            "EVENT", "LAW", "LANGUAGE"})
# The pieces spaCy splits off "dont" or "Im": a missing apostrophe, not a misspelling.
_CLITICS = frozenset({"nt", "m", "s", "re", "ve", "ll", "d", "t"})
# More unknown words than this, making up more than this share of the words checked, mean
# the draft is not English (or is dense jargon): nothing is reported.
_FOREIGN_MIN = 5
_FOREIGN_SHARE = 0.2
# How common a word must be for a capitalised sentence opener to read as its misspelling.
_COMMON = 10_000
_GLUE = ("-", "/", "'", "’", "@")
# One candidate is "clear" when it is this many times more frequent than the next.
_CLEAR_RATIO = 20
# ...or when it has the same letters in another order and is not far rarer than the best.
_CLEAR_SWAP = 5


# Longer runs of letters are not words ("internationalisation" has 20), and looking up
# the neighbours of one costs time in proportion to its length.
_LONGEST_WORD = 30


@dataclass(frozen=True)
class SpellingOptions(RuleOptions):
    #: Extra words to accept (any case): names, jargon, your company's products.
    words: tuple[str, ...] = ()


def _skipped(token: Token) -> bool:
    text = token.text
    # The cheap tests on the text first: most tokens are short words and punctuation.
    if len(text) < 3 or not text.isalpha() or not text.isascii():
        return True  # numbers, contractions, "e-mail" pieces, accents: not for a word list
    if is_slang_token(token):
        return True  # informal-tone reports slang; one finding per word is enough
    if len(text) > _LONGEST_WORD:
        return True  # not a word anyone types: a pasted token or a held-down key
    if token.like_email or token.like_url or text.isupper():
        return True  # addresses and acronyms
    if text[0].isupper() and not token.is_sent_start:
        return True  # a capital mid-sentence marks a name (tagged so or not)
    if token.pos_ == "PROPN" and _beside_name(token):
        return True  # a lowercase part of a name: "Nur Aisyah binte Rahman", "Dr. rer. nat."
    if token.i > 0 and not token.doc[token.i - 1].whitespace_ and token.lower_ in _CLITICS:
        return True
    # A word glued to a neighbour by "-", "/", "@" or "'" is part of a compound, a handle or
    # a contraction; glued to "." and another word, part of a domain ("example.com").
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and not before.whitespace_ and before.text in _GLUE + (".", "#"):
        return True
    if token.whitespace_ or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    if after.text in _GLUE:
        return True
    return after.text == "." and not after.whitespace_ and token.i + 2 < len(doc) and doc[token.i + 2].is_alpha


def _beside_name(token: Token) -> bool:
    """Next to a capitalised word the model tags as a proper noun. Elsewhere the tagger's
    "proper noun" for a lowercase word is a word it does not know ("I realy enjoyed", "the
    intervew panel"): a slip, as often as not."""
    doc = token.doc
    return any(
        0 <= i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() for i in (token.i - 1, token.i + 1)
    )


def _split_word(token: Token) -> tuple[int, int, str] | None:
    """Where ``token``, a word English does not know, and a lowercase neighbour one space
    away are the two halves of a word in common use ("circum stances", "per manent"), and
    that word."""
    doc = token.doc
    for left, right in ((token.i - 1, token.i), (token.i, token.i + 1)):
        if left < 0 or right >= len(doc) or doc[left].whitespace_ != " ":
            continue
        a, b = doc[left], doc[right]
        if not (a.is_alpha and b.is_alpha and a.is_lower and b.is_lower):
            continue
        whole = a.text + b.text
        if listed(whole) and usage().zipf(whole) >= _COMMON_USE:
            return a.idx, b.idx + len(b), whole
    return None


def _name_particle(document: EmailDocument, token: Token) -> bool:
    """A small word in lower case inside the signer's name ("binte", "bin", "van", "dos"),
    between two capitalised words of the name."""
    signer = document.parts.signer
    if signer is None or token.idx not in signer or not token.is_lower or token.i == 0:
        return False
    before, after = token.doc[token.i - 1], token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and before.text[:1].isupper() and after.text[:1].isupper() and after.idx in signer


def _name_like(document: EmailDocument, token: Token) -> bool:
    """A capitalised word the model reads as (part of) a name, place or organisation.

    A lowercase word is never taken for one: on every sample, case and dev-corpus email,
    the model put a lowercase word in a name only beside a capitalised one (those are
    skipped, see :func:`_beside_name`), and a lowercase word's label would cost an entity
    pass for every half-typed word in an editor.
    """
    if not token.text[:1].isupper():
        return False
    return token.pos_ == "PROPN" or document.entity_type(token) in _NAME_ENTITIES


#: In real use (one use per billion words or more), per wordfreq.
_ATTESTED = 1.0
#: How much commoner (in Zipf units, log10) a correction must be for the word to read as
#: its slip: 1.5 is thirty times ("accomodate" 2.5, "accommodate" 4.0).
_SLIP_MARGIN = 1.5
#: A word wordfreq does not have is used less than its rarest words (1.0), and is taken as
#: used a little less (0.8): so a slip is of a word used at least 2.3, and "orthoptist" is
#: no slip of "orthotist" (1.0), nor "bordereaux" of "bordereau" (1.2), while "dashbords"
#: is one of "dashboards" (2.4).
_UNSEEN = 0.8
# ...and for a word that also splits into two known ones ("luthier" is "lut" + "hier"),
# which is more often a real word of some trade: "truely" (2.2 under "truly") is a slip,
# "luthier" (1.8 under "luther") is not.
_JOINED_SLIP_MARGIN = 2.2
#: A word this used in its own right (a thousand uses per billion words) is a slip only of
#: a word a hundred times commoner: "untill" (3.0) of "until" (5.6) is one, "garde" (3.3, of
#: "garde manger" and "avant-garde") no slip of "grade" (4.8).
_COMMON_USE = 3.0
_COMMON_USE_MARGIN = 2.0
#: How many of the lexicon's corrections, best first, are weighed as what was meant.
_WEIGHED = 5
_BRITISH_Z = re.compile(r"is(e|ed|es|ing|ation|ations|er|ers)$")


def _sign_off_line(document: EmailDocument) -> CharSpan | None:
    """The line above the signer's name when it is not a sign-off declint lists: a short
    formula ending in a comma, often in the writer's own language, which closing judges;
    its words are not slips of English ones."""
    line = document.line_above_signer
    if line is None:
        return None
    text = document.span_text(line)
    return line if closing_formula(text) else None


def attested(word: str, lexicon: Lexicon) -> bool:
    """Is ``word``, unknown to the dictionaries, in real use and not a slip of a much
    commoner word? wordfreq knows trade words ("immunohistochemistry") but also common
    misspellings ("recieve"), so its usage clears a word only when no likely correction
    is far more used."""
    if word in RUN_TOGETHER:
        return False  # "alot": two words run together, however often it is written
    used = usage()
    frequency = used.zipf(word) or used.zipf(_BRITISH_Z.sub(r"iz\1", word))
    if frequency < _ATTESTED:
        return False
    if _inflects(word, lexicon):
        return True  # "learnings": a plural of a known word, and in use
    us = word.replace("yse", "yze").replace("ise", "ize")
    if us != word and (listed(us) or _inflects(us, lexicon)):
        return True  # "analysers": the British spelling of a listed word
    if not any(vowel in word for vowel in "aeiouy"):
        return True  # "dbt", "crm": an abbreviation in use, which no slip of a word makes
    if _verb_form(word, lexicon):
        return True  # "sharding" of "shard"
    return not slips(word, lexicon)


def slips(word: str, lexicon: Lexicon) -> list[str]:
    """The words ``word`` may be a slip of, best first: far commoner words that a slip of
    the kind writers make turns into ``word`` (see :func:`slip_edit`). Empty for a word of
    some trade, region or language that merely sits near an English one ("cobot", "nital")."""
    if word in RUN_TOGETHER:
        return [RUN_TOGETHER[word]]
    used = usage()
    frequency = used.zipf(word) or used.zipf(_BRITISH_Z.sub(r"iz\1", word))
    # "proptech", "scaleup": built from known words, and in use; but almost any slip can be
    # cut into two short words ("relevent" is "rel" + "event"), so only a far commoner
    # correction makes such a word a slip. A word out of use ("regretably") is no trade's.
    joined = frequency >= _ATTESTED and _joins_two_words(word)
    margin = _JOINED_SLIP_MARGIN if joined else _SLIP_MARGIN
    frequency = max(frequency, _UNSEEN)
    if frequency >= _COMMON_USE:
        margin = max(margin, _COMMON_USE_MARGIN)
    found = []
    for candidate in lexicon.corrections(word)[:_WEIGHED]:
        if joined and candidate in (word + "s", word + "es", word + "d"):
            continue  # "partie" of "chef de partie" is no slip of "parties"
        if used.zipf(candidate) - frequency >= margin and slip_edit(word, candidate):
            found.append(candidate)
    return found



#: The rows of a QWERTY keyboard, each set half a key right of the one above.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keys_beside() -> dict[str, str]:
    beside: dict[str, str] = {}
    for r, row in enumerate(_ROWS):
        for i, key in enumerate(row):
            near = row[max(i - 1, 0) : i] + row[i + 1 : i + 2]
            if r > 0:
                near += _ROWS[r - 1][i : i + 2]
            if r + 1 < len(_ROWS):
                near += _ROWS[r + 1][max(i - 1, 0) : i + 1]
            beside[key] = near
    return beside


_BESIDE = _keys_beside()
_VOWELS = "aeiouy"
#: Consonants written for each other because they spell one sound ("sircular", "aktive"),
#: or the same sound voiced and not ("multible", "integraded").
_SOUND_ALIKE = frozenset(p for pair in ("cs", "ck", "sz", "bp", "dt", "gk", "fv") for p in (pair, pair[::-1]))


def slip_edit(word: str, meant: str) -> bool:
    """Could a writer who meant ``meant`` have written ``word`` by a slip?

    Slips keep the first letter of a word under eight letters and the first vowel of a word
    of one or two syllables; they drop a letter, double one or write a double once
    ("tommorow"), swap two ("recieve", "greatful"), hit the key beside the one meant, add a
    silent e ("truely"), spell a consonant by its sound ("desided", "multible") or a vowel
    of a later syllable as another that sounds alike ("definately", "maintainance"). Words
    of other trades and languages sit near English ones by other changes: "cobot" and
    "robot" differ in the first letter, "corper" has "p" where "corner" has "n", "tuiles"
    adds a vowel to the first syllable of "tiles", "hangi" one to the end of "hang".
    """
    if sorted(word) == sorted(meant) and edit_distance(word, meant) <= 2:
        return True  # letters in another order
    # British spellings are compared as American ones, "our" anywhere as "or": the lexicon
    # offers "neighborhood" for "neigbourhood".
    us = american(word).replace("our", "or")
    return any(
        _one_slip(written, meant)
        # A double written once or a single twice, and at most a letter dropped or two
        # swapped besides ("tommorow", "reccomend"); a vowel is not written twice by a slip.
        or _undoubled(written) == _undoubled(meant)
        or _dropped_or_swapped(_undoubled(written), _undoubled(meant))
        or _sounds_alike(written, meant)
        or _syllable_dropped(written, meant)
        for written in {word, us}
    )


def _syllable_dropped(written: str, meant: str) -> bool:
    """Two letters side by side left out of a long word, as a syllable said quickly is
    ("inconvience" for "inconvenience"); a short word keeps its letters."""
    if len(written) < 8 or len(meant) != len(written) + 2:
        return False
    return any(meant[:i] + meant[i + 2 :] == written for i in range(2, len(meant) - 2))


def _undoubled(word: str) -> str:
    """The word with each doubled consonant written once: "tommorow" and "tomorrow" are "tomorow"."""
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1] or c in _VOWELS)


def _first_syllable(word: str) -> str:
    """The word up to the end of its first run of vowels (a first "y" is a consonant)."""
    i = 1 if word[:1] == "y" else 0
    while i < len(word) and word[i] not in _VOWELS:
        i += 1
    while i < len(word) and word[i] in _VOWELS:
        i += 1
    return word[:i]


def _heard(meant: str) -> int:
    """How far into ``meant`` its vowels are heard clearly enough to be kept by a slip: the
    first syllable of a word of one or two ("digging", "tiles"), which carries the stress;
    none of a longer one, whose first syllable is often a light prefix ("description")."""
    groups = sum(1 for i, c in enumerate(meant) if c in _VOWELS and (i == 0 or meant[i - 1] not in _VOWELS))
    return len(_first_syllable(meant)) if groups < 3 else 0


def _sounds_alike(word: str, meant: str) -> bool:
    """A vowel sound of a later syllable spelled another way, every consonant kept
    ("definately", "maintainance"), in a word long enough that its consonants say which
    it is: "nital" and "natal", "tangi" and "tango" are other words."""
    consonants = _consonants(word)
    return (
        len(word) >= 6
        and len(consonants) >= 3
        and consonants == _consonants(meant)
        and abs(len(word) - len(meant)) <= 1
        and _first_syllable(word) == _first_syllable(meant)
    )


#: A word meant of this many letters may lose, gain or change its first one by a slip: a
#: word so long seldom sits one first letter from another ("sertainly", "esponse").
_LONG = 8


def _start(meant: str) -> int:
    """Where a slip of ``meant`` can begin: after the first letter, unless the word is long."""
    return 0 if len(meant) >= _LONG else 1


def _dropped_or_swapped(word: str, meant: str) -> bool:
    """``meant`` with a letter dropped (the first only from a long word), or two neighbours
    swapped."""
    if len(word) + 1 == len(meant):
        return any(meant[:i] + meant[i + 1 :] == word for i in range(_start(meant), len(meant)))
    return len(word) == len(meant) and edit_distance(word, meant) == 1 and sorted(word) == sorted(meant)


def _one_slip(word: str, meant: str) -> bool:
    """``word`` is ``meant`` with one letter dropped, added or changed, or two neighbours
    swapped, in a way :func:`slip_edit` describes."""
    if _dropped_or_swapped(word, meant):
        return True
    if len(word) == len(meant) + 1:  # a letter added
        return any(word[:i] + word[i + 1 :] == meant and _added(word, i) for i in range(_start(meant), len(word)))
    if len(word) != len(meant):
        return False
    diffs = [i for i, (a, b) in enumerate(zip(word, meant, strict=True)) if a != b]
    if len(diffs) != 1 or diffs[0] < _start(meant):
        return False
    i = diffs[0]
    beside = word[i] in _BESIDE.get(meant[i], "") or word[i] + meant[i] in _SOUND_ALIKE
    if word[i] in _VOWELS and meant[i] in _VOWELS:
        # A vowel for a vowel: the key beside ("fillowing"), or one that sounds alike in a
        # syllable not stressed ("seperate"), before an r ("persue") or in a pair that
        # spells one sound ("meening"); never the last letter ("tangi" and "tango"), nor
        # the stressed vowel alone ("dagging" is no slip of "digging").
        pair = meant[i - 1 : i] + meant[i + 1 : i + 2]
        return i + 1 < len(meant) and (
            beside or i >= _heard(meant) or meant[i + 1] == "r" or any(c in _VOWELS for c in pair)
        )
    return beside  # the key beside ("expecially"), or a consonant that sounds alike


def _added(word: str, i: int) -> bool:
    """Is the letter at ``i``, which the word meant lacks, one a slip adds?"""
    letter = word[i]
    around = word[i - 1 : i] + word[i + 1 : i + 2]
    if letter in around and letter not in _VOWELS:
        return True  # a consonant doubled
    if letter in _VOWELS:
        if i + 1 == len(word):
            return False  # a vowel put after the end: "chope" is no slip of "chop"
        # A silent e ("truely"), or a vowel in a later syllable; a short word's first
        # vowels are heard and kept, none added in or after them ("tuiles" is no slip of
        # "tiles", nor "stoep" of "step", nor "taan" of "tan").
        heard = _heard(word[:i] + word[i + 1 :])
        return letter == "e" or heard == 0 or i > heard
    # A key beside the next or the last one, or a letter of the word typed twice
    # ("posistion", "exntension").
    return letter in word[:i] + word[i + 1 :] or any(letter in _BESIDE.get(c, "") for c in around)


def _verb_form(word: str, lexicon: Lexicon) -> bool:
    """An -ing or -ed form of a listed word whose nearest corrections are other words:
    "sharding" (of "shard"; "sharing" is another word) is one, "begining" (of "begin";
    "beginning" is the same word spelled right) is a slip."""
    for end in ("ing", "ed"):
        stem = word[: -len(end)]
        if word.endswith(end) and len(stem) >= 3 and listed(stem):
            return not any(c.startswith(stem) for c in lexicon.corrections(word)[:3])
    return False


def _single(word: str) -> str:
    """The word with doubled letters written once: "tommorow" and "tomorrow" are "tomorow"."""
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])


def _consonants(word: str) -> str:
    """The consonants in order, each run once: "definatly" and "definitely" are "dfntl"."""
    return _single("".join(c for c in word if c not in "aeiouy"))


def _inflects(word: str, lexicon: Lexicon) -> bool:
    """A plural of a listed word: "learnings" (of "learning"), "kpis" is not (no "kpi")."""
    return any(word.endswith(end) and listed(word[: -len(end)]) for end in ("s", "es") if len(word) > len(end) + 2)


def _known(part: str) -> bool:
    """Listed, or a word in common use ("tech")."""
    return listed(part) or usage().zipf(part) >= 3.0


def _joins_two_words(word: str) -> bool:
    """Two listed words run together, each of three letters or more ("proptech" is "prop"
    and "tech"), or one with a particle ("scaleup")."""
    for cut in range(3, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if _known(head) and (tail in ("up", "out", "in") or (len(tail) >= 3 and _known(tail))):
            return True
    # Or a particle in front of a known word: "upselling", "outsourcing", "offboarding".
    return any(word.startswith(p) and len(word) - len(p) >= 4 and _known(word[len(p) :]) for p in _PARTICLES)


#: Particles that go in front of a word to make another: "upsell", "outsource".
_PARTICLES = ("up", "out", "off", "over", "under", "down")


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (a swap of neighbours is one edit: "recieve")."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def _foreign_runs(strange: list[int]) -> set[int]:
    """Words English does not know that stand next to another such word (at most one known
    word between): a phrase in another language ("Go raibh maith agat", "Baie dankie",
    "Mit freundlichen Grüßen"). Slips come one at a time."""
    indices = sorted(strange)
    out: set[int] = set()
    for a, b in zip(indices, indices[1:], strict=False):
        if b - a <= 2:
            out.update((a, b))
    return out


def _clear(word: str, candidates: list[str], lexicon: Lexicon) -> str | None:
    """The one correction worth applying without asking, if there is one."""
    if not candidates:
        return None
    swaps = [c for c in candidates if sorted(c) == sorted(word)]
    if len(swaps) == 1 and _CLEAR_SWAP * lexicon.frequency(swaps[0]) >= lexicon.frequency(candidates[0]):
        return swaps[0]  # "recieve", "greatful": the right letters in the wrong order
    if len(candidates) == 1:
        return candidates[0]
    if lexicon.score(word, candidates[0]) >= _CLEAR_RATIO * lexicon.score(word, candidates[1]):
        return candidates[0]
    return None


def _cased(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word


class Spelling(Rule[SpellingOptions]):
    """Fix misspelled words.

    ## What it does
    Checks each word of the message against an English word list that ships with declint's
    dependencies (no network) and flags words it does not know, with the likely correction
    when one is clear. British and American spellings both pass. Names (of people, places,
    organisations and products), capitalised words mid-sentence, placeholders, email
    addresses, URLs, acronyms, numbers and contractions are never flagged, and neither is
    anything in a quoted reply or the signature. Add your own words with `words`. A draft in
    which a fifth of the words are unknown is taken to be in another language and left alone,
    and so is a phrase of unknown words side by side ("go raibh maith agat").

    Slips come one at a time and land near the word meant, by a change writers make: a
    letter dropped, doubled or written once, two swapped, the key beside the one meant, a
    silent e, a vowel of a later syllable or a consonant spelled by its sound ("definately",
    "tommorow", "recieved"); a short word keeps its first letter and its stressed vowel.
    So a word is flagged only when some such change turns a word far more used than it
    (per wordfreq) into it. A word of a trade, a region or another language that sits near
    an English one by another change ("cobot" and "robot", "tuiles" and "tiles") is left
    alone, and so is one near no English word at all, or only near rare ones. A word typed
    as two, one of them no English word ("oppor tunity"), is reported as the one word.

    ## Why is this bad?
    The article advises "proofreading before sending", which "can eliminate typographical
    errors or miscommunications that may inadvertently impinge on one's image as a
    professional". A typo in a short email is easy to see and hard to forget.

    ## Example
    ```text
    Dear Ms. Brennan,

    Thank you for the oppurtunity to interview for the account manager role. I have
    recieved another offer and accepted it, so I must withdraw my application.

    Best regards,
    Karim Haddad
    ```

    Flags: "oppurtunity", "recieved".

    ## Use instead
    ```text
    Dear Ms. Brennan,

    Thank you for the opportunity to interview for the account manager role. I have
    received another offer and accepted it, so I must withdraw my application.

    Best regards,
    Karim Haddad
    ```

    ## Options
    - `words` (list of strings, default empty): extra words to accept, in any case, such as
      names, jargon or your company's products.

    ## Known problems
    A word of a trade that one such change makes of a far commoner word is still taken for
    its slip ("memoize" for "memorize", "upsert" for "upset"); add it to `words`.
    """

    id = "spelling"
    version = 3  # a slip must be a change writers make of a far commoner word; split words
    category = "proofreading"
    article_section = "Writing a Polite and Professional Email"
    reads_entities = False
    options_type = SpellingOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        accepted = {w.lower() for w in self.options.words}
        lexicon: Lexicon | None = None
        checked = 0
        unknown: list[Token] = []
        unlisted = 0
        own_sign_off = _sign_off_line(document)
        # Every word English does not know, names and words in use included: a phrase of
        # another language is found by its neighbours.
        strange: list[int] = []
        split: list[tuple[int, int, str]] = []
        for token in document.tokens():
            if _skipped(token) or (
                document.placeholders and document.overlaps_placeholder(token.idx, token.idx + len(token))
            ):
                continue
            if own_sign_off is not None and token.idx in own_sign_off:
                continue  # "Ngā mihi,", "Le meas,": a sign-off in the writer's own language
            word = token.lower_
            checked += 1
            if word in accepted or listed(word):
                continue  # most words: known without loading the checker and its frequencies
            if token.idx not in document.body and token.text[:1].isupper() and _name_like(document, token):
                continue  # a name on the greeting or signature line, never reported (see _report)
            if _name_particle(document, token):
                continue  # "Nur Aisyah binte Hassan": a particle between the parts of a name
            if lexicon is None:
                # Imported here: the word lists load on first use, only in runs that check spelling.
                from declint.nlp.lexicon import english

                lexicon = english()
            if not lexicon.knows(word):
                strange.append(token.i)
            if not lexicon.knows(word) and (token.is_sent_start or not _name_like(document, token)):
                unlisted += 1
                halves = _split_word(token)
                if halves is not None:
                    split.append(halves)  # "per manent": one word typed as two
                    continue
                if attested(word, lexicon):
                    continue  # a real word of some trade or region, not a slip of a commoner one
                unknown.append(token)
        if lexicon is None or not (unknown or split):
            return
        # Words in use but not listed count too: another language's words are often in use.
        found = max(len(unknown) + len(split), unlisted)
        if found > _FOREIGN_MIN and found > _FOREIGN_SHARE * checked:
            return  # so many unknown words: another language, or a field's jargon, not typos
        foreign = _foreign_runs(strange)
        for token in unknown:
            if token.i not in foreign:
                yield from self._report(document, token, lexicon)
        for start, end, whole in dict.fromkeys(split):
            written = document.text[start:end]
            yield self.finding(
                f"{written!r} is one word; did you mean {whole!r}?",
                start,
                end,
                suggestion=f"Write {whole!r}.",
                fix=Fix(start, end, whole, safe=False),
            )

    def _report(self, document: EmailDocument, token: Token, lexicon: Lexicon) -> Iterator[Finding]:
        word = token.lower_
        meant = slips(word, lexicon)
        if not meant:
            # Near no far commoner word by a slip writers make: a word of another language
            # ("dankie", "haldi") or of a trade ("cobot"), not a slip of the fingers, which
            # lands near the word meant.
            return
        # The correction to apply is one that stands out among every near word, slip or not:
        # "wich" is a slip of "which", but "with" is as near, so the writer chooses.
        candidates = lexicon.corrections(word)
        best = _clear(word, candidates, lexicon)
        if best not in meant:
            best = None
        if token.text[:1].isupper() and _name_like(document, token) and not (
            token.idx in document.body
            and best is not None
            and lexicon.frequency(best) >= _COMMON
            and not lexicon.pronounceable(word)
        ):
            # A capitalised unknown word opening a sentence is usually a name; only a
            # slip of a common word ("Teh") is worth saying.
            return
        end = token.idx + len(token)
        if best is not None:
            fixed = _cased(best, token.text)
            yield self.finding(
                f"{token.text!r} is misspelled; did you mean {fixed!r}?",
                token.idx,
                end,
                suggestion=f"Write {fixed!r}.",
                # A guessed word can change what the writer meant: --fix asks for --unsafe-fixes.
                fix=Fix(token.idx, end, fixed, safe=False),
            )
        else:
            offered = meant + [c for c in candidates if c not in meant]
            options = ", ".join(repr(_cased(c, token.text)) for c in offered[:3])
            yield self.finding(
                f"{token.text!r} is not in the dictionary",
                token.idx,
                end,
                suggestion=f"Did you mean {options}? If the word is right, add it to the `words` option of `spelling`.",
            )

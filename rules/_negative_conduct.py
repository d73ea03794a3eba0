"""Their conduct told as plain fact, for rule ``negative-remarks``: no harsh word, but
something no employer wants said of it (messages unanswered, an interviewer on the
phone, kit out of order, work asked for without pay). Each check starts from a word of
its own, so a sentence is asked only the checks whose words it holds."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from declint.nlp.grammar import FIRST_PERSON, is_first_person, is_negated, is_yours, subject_of
from declint.nlp.present import span_text, tokens_in
from declint.nlp.sentiment import CLEARLY, valence

from ._negative_data import (
    ACCOUNTS,
    ADVICE_LATER,
    ADVICE_PEOPLE,
    AMENITIES,
    ANNOUNCED,
    ANSWERING,
    ANSWERING_VERBS,
    ANSWERS,
    ARRANGED,
    ARRIVALS,
    ARRIVING,
    ASKED_WORK,
    ASKING,
    ATTENTION,
    BRIEFLY,
    BROKEN,
    CALLBACKS,
    CHANGES,
    CLAIMS,
    CLASH_VERBS,
    CONSENT_VERBS,
    DATA,
    DELIVERED,
    DISTRACTIONS,
    EARLIER,
    FIT_NOUNS,
    FIT_WORDS,
    FOUND_OUT,
    GOING_ON,
    GOT,
    HELD_EVENTS,
    HELD_POSTS,
    HOLDER_ENDINGS,
    HOLDING,
    IF_ONLY,
    INFORMED,
    LATER_PLACES,
    LEAVING_VERBS,
    LONG_UNITS,
    MANY,
    MEETINGS,
    MESSAGES,
    MILD_PREMISES,
    OTHERS,
    PAPERS,
    PEERS,
    PLACES,
    PLACES_TO_WORK,
    POOR_PREMISES,
    PREDECESSORS,
    PRIVATE_QUESTIONS,
    PUT_RIGHT,
    REGRETTED_ACTS,
    REPLYING,
    RHETORICAL_DOUBT,
    RHETORICAL_DUTY,
    RHETORICAL_NORMS,
    RHETORICAL_PEOPLE,
    ROSTERS,
    RUDE_VERBS,
    RUDE_WITH,
    SAYING,
    SINGLE_POSTS,
    SLOW_THINGS,
    SLOW_VERBS,
    SOON,
    STILL_ON,
    TARGETS,
    TELLING_OWED,
    TELLING_VERBS,
    THEIR_PEOPLE,
    THROUGH,
    UNANSWERED,
    UNNAMED_TELLERS,
    UNPAID,
    UPKEEP,
    WAITED_FOR,
    WISH_ADJECTIVES,
    WRITTEN,
)
from ._negative_theirs import (
    a_message,
    a_person_of_theirs,
    about_target,
    none_of,
    plainly_theirs,
    someone_elses,
    subjects_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _hindsight(sent: Span) -> bool:
    """A wish about what they should have done: "it would have been nice to be told",
    "I would have appreciated a reply"."""
    for token in tokens_in(sent):
        lemma = token.lemma_.lower()
        if lemma in TELLING_OWED and token.pos_ == "VERB" and _owed_telling(token):
            return True  # "someone might have mentioned before now that ...", "you could have told me"
        if (lemma in WISH_ADJECTIVES or lemma == "worth") and token.pos_ == "ADJ":
            verb = token.head
        elif lemma in ("appreciate", "like", "prefer", "save", "help") and token.pos_ == "VERB":
            verb = token
        else:
            continue
        auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if not ({"would", "'d", "’d", "could", "might"} & auxes and "have" in auxes):
            continue
        # What the wish is for: the clause it takes ("to be told", "if someone had called"),
        # or what would have been appreciated ("a reply", "being told").
        # (An inverted condition, "... had the brief been shared earlier", may be parsed as
        # a "had" and a verb joined to the wish.)
        inverted = any(c.lower_ == "had" for c in verb.children)
        deps = ("xcomp", "ccomp", "advcl", "csubj", "dobj") + (("conj",) if inverted else ())
        wanted = [c for w in {token, verb} for c in w.children if c.dep_ in deps]
        for clause in wanted:
            if clause.lemma_.lower() in INFORMED or clause.lemma_.lower() in MESSAGES:
                return True
            if any(c.dep_ == "dobj" and c.lemma_.lower() in UNANSWERED | MESSAGES for c in clause.children):
                return True  # "it would have been helpful to receive even a short update"
            if any(w.lemma_.lower() in WRITTEN and w.dep_ == "pobj" and not someone_elses(w) for w in clause.subtree):
                return True  # "it would have helped to see that in the advert"
            if any(c.lower_ == "if" for c in clause.children) and is_first_person(subject_of(clause)):
                continue  # "it would have been helpful if I had checked my own calendar"
            if any(c.lower_ == "if" for c in clause.children) or clause.lower_ in ANSWERS:
                return True
    return False


def _owed_telling(verb: Token) -> bool:
    """ "Someone might have mentioned before now ...", "you could have told me at the first
    interview": what they could have done, with them (not the sender) as its doer."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not ({"could", "might", "should"} & auxes and "have" in auxes) or is_negated(verb, through_clauses=False):
        return False
    doer = subject_of(verb)
    if doer is None or doer.lower_ not in ("someone", "somebody", "anyone", "you", "they"):
        return False
    # When it was owed says it was not done: "before now", "sooner", "at the first interview".
    # ("They might have said so in the advert, but I missed it" only guesses they did.)
    return any(w.lower_ in EARLIER for w in verb.subtree)


def _wished_told(sent: Span) -> bool:
    """The sender wishing they had been told: "I wish the advert had said so", "I wish you
    had let me know sooner". Not the sender's own hindsight ("I wish I had known") nor a
    wish about the job ("I wish the post had been part-time")."""
    for wish in tokens_in(sent):
        if wish.lemma_.lower() != "wish" or wish.pos_ != "VERB" or not is_first_person(subject_of(wish)):
            continue
        for clause in (c for c in wish.children if c.dep_ == "ccomp"):
            doer = subject_of(clause)
            told = clause.lemma_.lower() in INFORMED and any(
                c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in clause.children
            )
            if told and doer is not None and not is_first_person(doer) and not is_negated(clause):
                return True
    return False


def _wondered_how(sent: Span) -> str | None:
    """The rhetorical question told as a statement: "I do wonder how anyone could give
    patients proper time with that caseload"."""
    for wonder in tokens_in(sent):
        if wonder.lemma_.lower() != "wonder" or not is_first_person(subject_of(wonder)):
            continue
        for clause in (c for c in wonder.children if c.dep_ == "ccomp"):
            doer = subject_of(clause)
            asked_how = any(c.lower_ == "how" for c in clause.children)
            # "how anyone could ...", or what is asked of them: "how one teacher is meant to run
            # three practicals a week"
            modal = any(c.dep_ == "aux" and c.lower_ in ("could", "can", "would") for c in clause.children) or (
                clause.lemma_.lower() in ("mean", "suppose", "expect")
                and any(c.dep_ == "auxpass" for c in clause.children)
                and any(c.dep_ == "xcomp" for c in clause.children)
            )
            # "one teacher", "one nurse": anyone at all in that post
            lone = next((c for c in doer.children if c.dep_ == "nummod" and c.lower_ == "one"), None) if doer else None
            doer = lone or doer
            # "how anyone could refuse so kind an offer" is praise
            praised = any(valence(w.lower_) >= 1.5 for w in clause.subtree)
            if asked_how and modal and doer is not None and doer.lower_ in RHETORICAL_PEOPLE and not praised:
                return "asks a question that criticises their ways"
    return None


def _without_consent(sent: Span, targets: frozenset[str]) -> bool:
    """They acted on the sender without asking: "your agency passed my CV on without
    asking me first"."""
    for token in tokens_in(sent):
        if token.lower_ != "without" or token.dep_ != "prep":
            continue
        asked = [c for c in token.children if c.dep_ == "pcomp" and c.lemma_.lower() in CONSENT_VERBS]
        if not asked or not any(t.lower_ in ("me", "us", "first") for a in asked for t in a.subtree):
            continue
        doer = subject_of(token.head)
        if doer is not None and (doer.lower_ == "you" or about_target(doer, targets)):
            return True
        if doer is not None and doer.dep_ == "nsubjpass" and doer.lower_ not in FIRST_PERSON:
            # "it had been moved without telling me": done by someone unnamed, who can
            # only be them (the sender does not move their own interview unasked).
            return True
    return False


def conduct_criticism(sent: Span, targets: frozenset[str]) -> str | None:
    """Their conduct, reproached in hindsight, or told as plain fact: done without asking,
    left unanswered, a meeting they did not attend to, arrangements changed again and
    again, premises not kept."""
    tokens = tokens_in(sent)
    words = {t.lower_ for t in tokens}
    lemmas = {t.lemma_.lower() for t in tokens}
    if "have" in words and words & _WOULD and _hindsight(sent):
        return "says what they should have done"
    if "without" in words and _without_consent(sent, targets):
        return "says they acted without asking you"
    if "wish" in lemmas and "had" in words and _wished_told(sent):
        return "says what they should have told you"
    # Each check starts from a word of its own: only the checks whose words the sentence
    # holds are asked (most sentences hold none).
    checks = [check for check, needs in _CONDUCT_CHECKS if (words | lemmas) & needs]
    if "late" in words and lemmas & ARRIVALS:
        checks.append(_late)
    for token in tokens if checks else ():
        for check in checks:
            why = check(token)
            if why is not None:
                return why
    if "promise" in lemmas and (why := _promise_broken(sent)) is not None:
        return why
    if "?" in words and (why := _rhetorical(sent)) is not None:
        return why
    if "wonder" in lemmas and "how" in words and (why := _wondered_how(sent)) is not None:
        return why
    if (words | lemmas) & (TELLING_VERBS | CLASH_VERBS | {"different"}) and (
        why := _accounts_differ(sent, targets)
    ) is not None:
        return why
    if lemmas & {"turn", "prove"} and (why := _turned_out(sent, targets)) is not None:
        return why
    if (words & {"suggest", "perhaps", "maybe"} or words & ADVICE_PEOPLE) and (why := _advice(sent, targets)):
        return why
    if words & {"unlike", "least"} and (why := _ranked_below_others(sent, targets)):
        return why
    if "than" in words and words & {"yours", "you", "your", "one"} and (why := _better_than_theirs(sent, targets)):
        return why
    if words & {"if", "had"} and (why := _if_only(sent, targets)):
        return why
    if lemmas & PLACES_TO_WORK and (why := _not_a_place_for_me(sent, targets)):
        return why
    return _unpaid_work(sent)


def _not_a_place_for_me(sent: Span, targets: frozenset[str]) -> str | None:
    """Their culture turned down as a kind: "that is not a culture I would want to lead",
    "it isn't an environment I could thrive in" (said of theirs, or of what was just told
    of them); not "this is not a role I want", which is fit."""
    for attr in tokens_in(sent):
        if attr.dep_ != "attr" or attr.lemma_.lower() not in PLACES_TO_WORK:
            continue
        verb = attr.head
        subject = subject_of(verb)
        if subject is None or not (subject.lower_ in ("that", "this", "it") or about_target(subject, targets)):
            continue
        denied = any(c.dep_ == "neg" for c in verb.children) or any(c.lower_ == "no" for c in attr.children)
        wanted = any(
            c.dep_ == "relcl" and is_first_person(subject_of(c)) and not is_negated(c, through_clauses=False)
            for c in attr.children
        )
        if denied and wanted:
            return f"turns down their {attr.text} as a kind"
    return None




def _turned_out(sent: Span, targets: frozenset[str]) -> str | None:
    """What they claimed, proved otherwise: "the salary was described as flexible and then
    turned out to be fixed", "the advertised four-day week turned out to mean ..."."""
    tokens = tokens_in(sent)
    for token in tokens:
        lemma = token.lemma_.lower()
        turned = (lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)) or (
            lemma == "prove" and any(c.dep_ in ("xcomp", "acomp", "attr", "oprd") for c in token.children)
        )
        if not turned or token.pos_ != "VERB":
            continue
        claimed = any(
            t.lemma_.lower() in CLAIMS and t.i < token.i and (t.tag_ == "VBN" or t.dep_ == "amod") for t in tokens
        ) or any(t.lower_ in ANNOUNCED for t in tokens if t.i < token.i)
        subject = subject_of(token)
        if claimed and subject is not None and subject.lower_ not in FIRST_PERSON:
            return "says what they told you proved otherwise"
    return None


#: Modals that soften a suggestion: "may I suggest", "I'd suggest".
_SOFT_MODALS = frozenset({"may", "might", "would", "'d", "’d", "could"})


def _advice(sent: Span, targets: frozenset[str]) -> str | None:
    """Advice to them, which in a decline is criticism: "it might help future candidates to
    know the salary", "may I gently suggest that the invitation gives the right address",
    "perhaps the job ad could mention the cold-calling"."""
    tokens = tokens_in(sent)
    for token in tokens:
        later = any(c.lower_ in ADVICE_LATER for c in token.children)
        if token.lower_ in ADVICE_PEOPLE and later:
            return "gives them advice on how to treat candidates"
        if token.lemma_.lower() == "want" and _advised(token):
            # "you might want to tell candidates which branch it is before the assessment day"
            return "gives them advice on how to treat candidates"
        if token.lemma_.lower() == "suggest" and token.pos_ == "VERB":
            doer = subject_of(token)
            modal = any(c.dep_ == "aux" and c.lower_ in _SOFT_MODALS for c in token.children)
            # "may I suggest that ...", "may I suggest sharing the salary range ..."
            clause = any(
                c.dep_ == "ccomp" or (c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG") for c in token.children
            )
            # "I would suggest that continuing the conversation might not be the best use of
            # your time": the sender stepping back, not advice on their ways.
            stepping_back = any(
                c.dep_ == "ccomp"
                and is_negated(c, through_clauses=False)
                and any(w.lemma_.lower() in GOING_ON for w in c.subtree)
                for c in token.children
            )
            if doer is not None and doer.lower_ in ("i", "we") and modal and clause and not stepping_back:
                return "gives them advice on how they work"
        proposed = any(c.dep_ == "aux" and c.lower_ in ("could", "might", "should") for c in token.children)
        if token.pos_ in ("VERB", "AUX") and proposed:
            doer = subject_of(token)
            hedged = any(t.lower_ in ("perhaps", "maybe") for t in tokens)
            # "perhaps the job ad could mention ...": a thing of theirs told how to be;
            # "perhaps you could give my slot to someone else" is a request.
            if hedged and doer is not None and doer.pos_ == "NOUN" and about_target(doer, targets):
                return "gives them advice on how they work"
    return None


def _advised(want: Token) -> bool:
    """ "You might want to tell candidates ...", "you may want to give applicants ...": what
    they might do for the people they interview, put to them as a wish of theirs."""
    doer = subject_of(want)
    soft = any(c.dep_ == "aux" and c.lower_ in ("might", "may", "could") for c in want.children)
    if doer is None or doer.lower_ != "you" or not soft:
        return False
    return any(
        w.lower_ in ADVICE_PEOPLE for c in want.children if c.dep_ == "xcomp" for w in c.subtree
    )


_WOULD = frozenset(DATA["hindsight_modals"])


# Words that deny: a good thing of theirs is only denied where one of these stands.
DENIALS = frozenset(DATA["denials"])


def _unpaid_work(sent: Span) -> str | None:
    """Work they asked for without pay: "a five-hour test, for free", "an unpaid trial
    shift", "three sample articles, unpaid". The sender's own unpaid work ("my unpaid
    internship") is their story."""
    text = span_text(sent).lower()
    if not any(marker in text for marker in UNPAID):
        return None
    doc = sent.doc
    if _said_unpaid(sent) is not None:
        return "says they asked for work without pay"
    for token in tokens_in(sent):
        # Work by its kind ("a trial shift"), or whatever they ask the sender to make: "the
        # next step asks me to write a full absence policy for your plant, without pay".
        asked = token.dep_ == "dobj" and token.head.dep_ == "xcomp" and token.head.head.lemma_.lower() in ASKING
        asker = subject_of(token.head.head) if asked else None
        mine = asker is not None and any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in asker.children)
        if asker is not None and (mine or is_first_person(asker)):
            asked = False  # "my manager asked me to write the policy for free": the sender's own job
        if (token.lemma_.lower() not in ASKED_WORK and not asked) or token.pos_ != "NOUN":
            continue
        if any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in token.children):
            continue  # "my unpaid internship" is the sender's own story
        on = token.head
        while on.dep_ == "conj" and on.head.i != on.i:
            on = on.head  # "on licence and on unpaid work"
        if token.dep_ == "pobj" and token.head.lower_ == "on" and on.head.pos_ in ("NOUN", "PRON"):
            continue  # "people on licence and on unpaid work": a sentence served, not work asked
        if token.dep_ == "dobj" and _done_freely(token.head):
            continue  # "I taught unpaid lessons at my club": the sender's own doing
        # The marker belongs to this work: said of it ("an unpaid trial shift") or just
        # after it ("three sample articles, unpaid", "a five-hour test ... for free").
        window = doc[max(sent.start, token.i - 2) : min(token.i + 12, sent.end)]
        near = window.text.lower()
        said_of_other = any(
            t.lower_ == "unpaid" and t.dep_ == "amod" and t.head.i > t.i and t.head.lemma_.lower() not in ASKED_WORK
            for t in sent
        )
        # "the work your teams do ... on unpaid work": an "unpaid" set before another noun is
        # said of that one
        unpaid = [t for t in window if t.lower_ == "unpaid"]
        elsewhere = bool(unpaid) and all(t.dep_ == "amod" and t.head.i > t.i and t.head.i != token.i for t in unpaid)
        only_unpaid = [m for m in UNPAID if m in near] == ["unpaid"]
        if any(marker in near for marker in UNPAID) and not said_of_other and not (elsewhere and only_unpaid):
            return "says they asked for work without pay"
    return None


def _said_unpaid(sent: Span) -> Token | None:
    """ "A full redesign of your checkout, unpaid and due in five days, ...", "preparing a
    launch plan for one of your products, unpaid": "unpaid" set off after the work, as a
    remark on it, whatever the work is. The work is the nearest subject or object before
    it; the sender's own ("my placement, unpaid, ...") is their story."""
    for word in tokens_in(sent):
        if word.lower_ != "unpaid" or word.i == 0 or word.doc[word.i - 1].text != ",":
            continue
        work = next(
            (
                t
                for t in reversed(word.doc[sent.start : word.i])
                if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "dobj")
            ),
            None,
        )
        if work is None or someone_elses(work):
            continue
        verb = work.head
        # "I ran the club's accounts, unpaid": done; "I was not comfortable preparing a plan,
        # unpaid": refused, so asked for.
        refused = any(is_negated(v, through_clauses=False) for v in (verb, *list(verb.ancestors)[:3]))
        if work.dep_ == "dobj" and _done_freely(verb) and not refused:
            continue
        return work
    return None


def _done_freely(verb: Token) -> bool:
    """The sender did it, unasked: "I taught unpaid lessons"; not "I was asked to deliver
    a morning of unpaid lessons", where they asked for it."""
    if not is_first_person(subject_of(verb)):
        return False
    return not any(a.lemma_.lower() in ASKING for a in (verb, *list(verb.ancestors)[:3]))


def _broken(token: Token) -> str | None:
    """Their kit out of order: "two of the machines were out of service", "the lift in
    your building was out of order", "the van had a cracked windscreen"."""
    if token.lower_ not in BROKEN:
        return None
    doc = token.doc
    if token.lower_ in ("order", "service") and not (
        token.i >= 2 and doc[token.i - 1].lower_ == "of" and doc[token.i - 2].lower_ == "out"
    ):
        return None  # "in order to", "the service was friendly": only "out of order"
    if token.lower_ == "working" and not is_negated(token, through_clauses=False):
        return None  # "the kitchen was working well"; "the heater was not working" is kit down
    # Its own verb when it is one ("two of the hoods had expired test labels", as the
    # parse may read it), else the verb it hangs from.
    own_clause = token.pos_ == "VERB" and any(c.dep_ in ("nsubj", "dobj") for c in token.children)
    verb = token if own_clause else token.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subject is not None and subject.lower_ in ("of",):
        subject = subject.head
    things = [subject] if subject is not None else []
    if subject is not None:
        things += [g for c in subject.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(t.lemma_.lower() in PUT_RIGHT and t.pos_ == "VERB" for t in token.sent):
        return None  # "the broken link was fixed once I flagged it": put right
    if any(t.lemma_.lower() in PLACES | AMENITIES and not someone_elses(t) for t in things):
        return "says their equipment or premises were not in working order"
    if token.lower_ != "working" and any(
        # "two of the fume hoods had expired test labels": kit no list names, called "the ..."
        t.pos_ == "NOUN" and t.tag_ == "NNS" and plainly_theirs(t)
        for t in things
    ):
        return "says their equipment or premises were not in working order"
    return None


def _asked_privately(token: Token) -> str | None:
    """ "I was asked whether I was planning to have children", "was asked about my age":
    a question no interview should ask."""
    if token.lemma_.lower() != "ask" or not any(c.dep_ == "auxpass" for c in token.children):
        return None
    if not any(c.dep_ == "nsubjpass" and c.lower_ in ("i", "we") for c in token.children):
        return None
    if any(
        c.dep_ == "xcomp"
        and any(a.lower_ == "to" for a in c.children)
        and c.lemma_.lower() not in TELLING_VERBS | INFORMED
        for c in token.children
    ):
        return None  # "I have been asked to lead the antenatal clinic": a request, not a question
    if any(w.lemma_.lower() in PRIVATE_QUESTIONS or w.lower_ in PRIVATE_QUESTIONS for w in token.subtree):
        return "says they asked you a question no interview should ask"
    return None


def _promise_broken(sent: Span) -> str | None:
    """ "I was promised feedback within a week and never received any", "the expenses I
    was promised have still not been paid"."""
    if not any(t.lemma_.lower() == "promise" and t.pos_ == "VERB" for t in sent):
        return None
    for t in sent:
        if t.lemma_.lower() in DELIVERED and t.pos_ == "VERB" and (
            is_negated(t, through_clauses=False) or any(c.lower_ in ("never", "still") for c in t.children)
        ):
            return "says they broke a promise to you"
    return None


def _kept_waiting(token: Token) -> str | None:
    """ "I waited in the corridor for over an hour", "having waited six weeks to hear
    anything": a long wait on them, with its length."""
    if token.lemma_.lower() != "wait" or token.pos_ != "VERB":
        return None
    doer = subject_of(token)
    if doer is not None and doer.lower_ not in ("i", "we"):
        return None
    if doer is None and token.dep_ != "advcl":
        return None
    length = any(w.lemma_.lower() in ("minute", "hour", "week", "month") for w in token.subtree)
    on_them = any(w.lower_ in WAITED_FOR for w in token.subtree)
    return "says they kept you waiting" if length and on_them else None


def _late(token: Token) -> str | None:
    """ "the clinical lead arrived an hour late": one of theirs late to the meeting; "the
    interview started forty minutes late": what they laid on, late."""
    if token.lemma_.lower() not in ARRIVALS or token.pos_ != "VERB":
        return None
    subject = subject_of(token)
    people = a_person_of_theirs(subject)
    if not people and not _their_meeting(subject):
        return None
    if any(c.lower_ == "late" for c in token.children) or any(
        c.lower_ == "late" for c in token.subtree if c.dep_ in ("advmod", "acomp")
    ):
        return "says their people came late" if people else "says what they held started late"
    return None


def _their_meeting(noun: Token | None) -> bool:
    """An interview, call or tour they held, not the sender's own ("my presentation")."""
    return (
        noun is not None
        and noun.lemma_.lower() in HELD_EVENTS
        and not someone_elses(noun)
        and not any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in noun.children)
    )


def _unanswered_by_them(token: Token) -> str | None:
    """ "I followed up three times without a reply", "left midway without a word", "I
    have not had a reply to any of them", "I am still waiting for one"."""
    if token.lemma_.lower() in UNANSWERED and token.dep_ == "dobj" and token.head.lemma_.lower() in GOT:
        got = token.head
        if subject_of(got) is not None and subject_of(got).lower_ in ("i", "we") and (  # type: ignore[union-attr]
            is_negated(got, through_clauses=False) or any(c.lower_ == "never" for c in got.children)
        ):
            return f"says they never sent a {token.text}"
    if (
        token.lemma_.lower() == "wait"
        and any(c.lower_ == "still" for c in token.children)
        and any(c.lower_ in ("i", "we") for c in token.children if c.dep_ == "nsubj")
        # on them: "still waiting for one from you", "to hear back"; not "an offer I am
        # still waiting on" from someone else
        and any(
            w.lower_ in ("you", "your", "hear") or w.lemma_.lower() in UNANSWERED for w in token.subtree
        )
    ):
        return "says you are still waiting on them"
    if token.lemma_.lower() not in UNANSWERED or token.dep_ != "pobj" or token.head.lower_ != "without":
        return None
    if any(c.lower_ in ("the", "my", "your") for c in token.children if c.dep_ in ("det", "poss")):
        return None  # "without the update I asked for" names one thing, not silence
    # Someone waited for it: the sender ("I chased twice without a reply") or one of
    # theirs who left ("one member walked out without a word").
    doer = subject_of(token.head.head) if token.head.head is not token.head else None
    if doer is None or not (doer.lower_ in ("i", "we") or a_person_of_theirs(doer) or a_message(doer)):
        return None
    return f"says you were left without a {token.text}"


def _distracted(token: Token) -> str | None:
    """ "one of the partners took two phone calls during the interview", "the panel spoke
    among themselves for most of my presentation": their attention elsewhere."""
    # "was on his laptop for most of my presentation": "was" carries it.
    doer = subject_of(token)
    # "Mark was answering emails for most of our call": a person named by name, in a
    # meeting of theirs, is one of their people.
    named = (
        doer is not None
        and doer.pos_ == "PROPN"
        and not someone_elses(doer)
        and not any(c.dep_ == "appos" and someone_elses(c) for c in doer.children)  # "Sarah, my sister,"
    )
    if token.pos_ not in ("VERB", "AUX") or not (a_person_of_theirs(doer) or named):
        return None
    words = list(token.subtree)
    elsewhere = any(w.lower_ in DISTRACTIONS for w in words) or any(
        w.lower_ == "among" and any(g.lower_ in ("themselves", "each") for g in w.children) for w in words
    )
    if token.pos_ == "AUX":
        # "was on his laptop": on the thing itself, not "was generous during the phone screen"
        elsewhere = any(w.lower_ in DISTRACTIONS and w.dep_ == "pobj" and w.head.lower_ == "on" for w in words)
    during = any(w.lower_ in THROUGH for w in words) and any(
        w.lemma_.lower() in MEETINGS or w.lower_ in ("midway", "halfway") for w in words
    )
    if elsewhere and during:
        return "says their people were not attending to you"
    return None


def _discourteous(token: Token) -> str | None:
    """Their people's discourtesy, told as plain fact: "the senior partner interrupted me",
    "the second interviewer kept talking over me", "one of the partners cut in on every
    answer", "your manager seemed more interested in his phone than in anything I said"."""
    if token.pos_ not in ("VERB", "ADJ") or is_negated(token, through_clauses=False):
        return None
    lemma = token.lemma_.lower()
    doer = subject_of(token)
    if token.pos_ == "ADJ":
        # "more interested in his phone than in anything I said": attention elsewhere.
        if lemma != "interested" or not any(c.lower_ == "more" for c in token.children):
            return None
        than = [t for t in token.children if t.lower_ == "than"]
        if not than or not any(t.lower_ in FIRST_PERSON for t in than[0].subtree):
            return None
        doer = subject_of(token.head) if token.dep_ in ("acomp", "oprd", "attr") else doer
    elif lemma in RUDE_WITH:
        after = tuple(t.lower_ for t in token.doc[token.i + 1 : min(token.i + 4, token.sent.end)])
        if not any(after[: len(phrase)] == phrase for phrase in RUDE_WITH[lemma]):
            return None
    elif lemma not in RUDE_VERBS:
        return None
    if doer is not None and doer.dep_ != "expl" and (a_person_of_theirs(doer) or doer.lower_ == "you"):
        return "says their people were discourteous to you"
    return None


def _mine(noun: Token) -> bool:
    """ "my emails", "our messages": the sender's own."""
    return any(p.dep_ == "poss" and p.lower_ in ("my", "our") for p in noun.children)


def _none_to_mine(reply: Token) -> bool:
    """ "no reply to my emails", "without a response to my follow-ups": none came to the
    sender's messages."""
    none = any(c.dep_ == "det" and c.lower_ == "no" for c in reply.children) or (
        reply.dep_ == "pobj" and reply.head.lower_ == "without"
    )
    return none and any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        # the sender's own: not "there was no reply to your email" (the sender's silence)
        and any(a_message(g) and _mine(g) for g in c.children)
        for c in reply.children
    )


def _silence(token: Token) -> str | None:
    """Their silence, told as plain fact: "none of them were answered", "my messages went
    unanswered", "the recruiter stopped replying", "I heard nothing for seven weeks"."""
    lemma = token.lemma_.lower()
    if lemma in ANSWERING and token.pos_ == "NOUN" and _none_to_mine(token):
        # "three months with no reply to my two follow-up emails"
        return "says they left your messages unanswered"
    if lemma in CALLBACKS and token.pos_ == "VERB" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children
    ):
        # "nobody from your side rang me back": silence, told as what nobody did.
        doer = subject_of(token)
        denied = is_negated(token, through_clauses=False)
        if doer is not None and (none_of(doer) or (a_person_of_theirs(doer) and denied)):
            return "says they never got back to you"
    if lemma in ANSWERING and token.pos_ == "VERB":
        subject = subject_of(token)
        if subject is None:
            return None
        denied = is_negated(token, through_clauses=False) or none_of(subject)
        if subject.dep_ == "nsubjpass" and denied and (a_message(subject) or none_of(subject)):
            # "none of them were answered", "my emails were never acknowledged".
            return "says they left your messages unanswered"
        if token.head.lemma_.lower() in ("stop", "cease") and token.dep_ == "xcomp" and a_person_of_theirs(subject):
            return "says their people stopped answering you"
        return None
    if token.lower_ == "unanswered":
        verb = token.head
        subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else verb
        if subject is not None and (a_message(subject) or none_of(subject)):
            return "says they left your messages unanswered"
        return None
    if lemma in ARRIVING and token.pos_ == "VERB":
        # "no reply to my two reminders ever came", "neither the brief nor any answer arrived".
        said = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        replies = [*said, *(w for s in said for w in s.conjuncts)]
        denied = is_negated(token, through_clauses=False) or any(
            none_of(r) or any(c.lower_ in ("neither", "nor", "no") for c in r.children) for r in replies
        )
        from_others = any(
            c.dep_ == "prep" and c.lower_ == "from" and any(someone_elses(g) for g in c.children)
            for r in replies
            for c in r.children
        )
        if denied and not from_others and any(r.lemma_.lower() in ANSWERS and not someone_elses(r) for r in replies):
            return "says they never answered you"
        return None
    if lemma == "hear" and token.pos_ == "VERB" and any(c.lower_ == "back" for c in token.children):
        # "I emailed twice to ask about the timeline and did not hear back"
        subject, verb = subject_of(token), token
        for _ in range(3):  # the doer of the verbs it is joined to ("emailed ... to ask ... and")
            if subject is not None or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
                break
            verb = verb.head
            subject = subject_of(verb)
        # "from" may hang on "back": "did not hear back from the other one"
        sources = [
            g
            for c in (*token.children, *(b for b in token.children if b.lower_ == "back"))
            for h in ([c] if c.lower_ == "from" else [x for x in c.children if x.lower_ == "from"])
            for g in h.children
            if g.dep_ == "pobj"
        ]
        if (
            subject is not None
            and subject.lower_ in ("i", "we")
            and is_negated(token, through_clauses=False)
            # from nobody named, or from them: not "from the other firm"
            and all(g.lower_ == "you" or is_yours(g) for g in sources)
        ):
            return "says they never got back to you"
        # otherwise on to "heard nothing back for weeks" below
    if lemma == "hear" and token.pos_ == "VERB":
        heard = [c for c in token.children if c.dep_ == "dobj" and c.lower_ == "nothing"]
        subject = subject_of(token)
        if not heard or subject is None or subject.lower_ not in ("i", "we"):
            return None
        doc = token.doc
        if heard[0].i + 1 < len(doc) and doc[heard[0].i + 1].lower_ == "but":
            return None  # "I have heard nothing but good things about your team": praise
        sources = [g for c in token.children if c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
        if any(someone_elses(g) for g in sources):
            return None  # "heard nothing from the other firm for weeks"
        # How long: "for seven weeks", "since the first round", "after the interview".
        if any(w.lemma_.lower() in ("week", "month", "day", "fortnight") for w in token.subtree) or any(
            c.lower_ in ("since", "after") for c in token.children
        ):
            return "says they left you without word"
    return None


def _rhetorical(sent: Span) -> str | None:
    """A rhetorical question about their ways: "how is anyone meant to arrange childcare
    around it?", "is it usual to ask for five references before a first interview?"."""
    if not sent.text.rstrip().endswith("?"):
        return None
    tokens = tokens_in(sent)
    words = {t.lower_ for t in tokens}
    # Lemmas too: "how is any candidate meant to ..." as "candidates" are. Asked with "how"
    # or "why": "is a candidate meant to bring a laptop?" asks for a fact.
    asked = words & {"how", "why", "what", "when", "where"}
    if asked and (words | {t.lemma_.lower() for t in tokens}) & RHETORICAL_PEOPLE and words & RHETORICAL_DUTY:
        return "asks a question that criticises their ways"
    first = [t.lower_ for t in tokens[:4]]
    if first[:2] in (["is", "it"], ["was", "it"], ["is", "that"]) and words & RHETORICAL_NORMS:
        return "asks a question that criticises their ways"
    if tokens and tokens[0].pos_ == "AUX" and words & RHETORICAL_DOUBT and first[1:2] in (["anyone"], ["anybody"]):
        # "is anyone really signing up for that on the rate you mentioned?": doubt that
        # anybody would take what they offer, not a question the sender wants answered.
        return "asks a question that criticises their ways"
    for how in (t for t in tokens if t.lower_ == "how" and t.dep_ == "advmod"):
        # "how would a newly qualified teacher cover five year groups ...?": how anyone in
        # the post could manage what they ask; not "how should I prepare?".
        verb = how.head
        modal = any(c.dep_ == "aux" and c.lower_ in ("would", "could", "can") for c in verb.children)
        doer = subject_of(verb)
        mine = doer is not None and any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in doer.children)
        # "how would anyone supervise the pour under those conditions?"
        anyone = doer is not None and doer.lower_ in RHETORICAL_PEOPLE and not is_first_person(doer)
        if modal and doer is not None and (doer.pos_ == "NOUN" or anyone) and not mine:
            return "asks a question that criticises their ways"
    return None


def _could_not_answer(token: Token) -> str | None:
    """Their people unable to answer the sender: "neither of them could tell me who the
    role reports to", "nobody could explain the rota"."""
    if token.lemma_.lower() not in ANSWERING_VERBS or token.pos_ != "VERB":
        return None
    able = any(c.dep_ == "aux" and c.lower_ in ("could", "can", "ca") for c in token.children)
    # "No one was able to tell me", "the manager wasn't able to explain": "able" carries it.
    holder = token.head if token.dep_ == "xcomp" and token.head.lemma_.lower() == "able" else token
    able = able or holder is not token
    if not able or not is_negated(holder, through_clauses=False) and not none_of(subject_of(holder) or holder):
        return None
    doer = subject_of(holder)
    if doer is None or not (a_person_of_theirs(doer) or none_of(doer) or doer.lower_ in ("neither", "nobody")):
        return None
    if doer.lower_ in ("i", "we"):
        return None
    return "says their people could not answer you"


def _turnover(token: Token) -> str | None:
    """Their turnover, told as fact: "the last person in the role left after five months",
    "your last three project managers left within a year", "the post has been advertised
    four times this year"."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB":
        return None
    if lemma in ("advertise", "readvertise", "re-advertise", "post", "repost"):
        again = any(
            (c.lower_ == "times" and any(n.like_num and n.lower_ not in ("one", "1", "two", "2") for n in c.children))
            for c in token.children
        ) or any(w.lower_ in ("third", "fourth", "fifth", "sixth") for w in token.sent if w.head.lower_ == "time")
        return "says the post keeps being advertised" if again else None
    if lemma not in LEAVING_VERBS:
        return None
    briefly = any(w.lower_ in BRIEFLY for w in token.subtree)
    if lemma in ("stay", "last") and not briefly and not is_negated(token, through_clauses=False) and not none_of(
        subject_of(token) or token
    ):
        return None  # "they stayed ten years" is no turnover; "didn't last", "stayed under six months" are
    doer = subject_of(token)
    if doer is None and token.dep_ == "acl":
        doer = token.head
        if doer.dep_ == "pobj" and doer.head.head.lemma_.lower() in PREDECESSORS:
            # "the last three people in this role left within a year": the parse may make
            # "left" describe the role; the people in it are who left.
            doer = doer.head.head
    if doer is None and token.dep_ == "advcl" and token.head.dep_ == "relcl":
        doer = token.head.head  # "people who held this post before me left": a rough parse
    if doer is not None and _staff_do_not_stay(token, doer):
        return "says their staff do not stay"
    # "my last two managers left": the sender's own workplace ("previous" is no one else's here)
    mine = doer is not None and any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in doer.children)
    if doer is None or not _holders(doer) or is_first_person(doer) or mine:
        return None
    before = {c.lower_ for c in doer.children if c.dep_ in ("amod", "det", "poss")}
    # "the last two architects", or a count of them: "three coordinators have left the
    # account in the past year"
    counted = any(c.dep_ == "nummod" and c.lower_ in MANY for c in doer.children)
    if not before & {"last", "previous", "past", "former"} and not _held_the_post(doer) and not counted:
        return None
    soon = any(w.lemma_.lower() in ("month", "week", "year", "day") for w in token.subtree)
    return "says people do not stay in the post" if soon else None


def _holders(noun: Token) -> bool:
    """People who hold a post: "the last person in the role", "the previous two
    architects", "three coordinators" (a trade by its agent ending)."""
    lemma = noun.lemma_.lower()
    return (
        lemma in PREDECESSORS
        or noun.lower_ in PREDECESSORS
        or lemma in THEIR_PEOPLE
        or (noun.pos_ == "NOUN" and lemma.endswith(HOLDER_ENDINGS))
    )


def _staff_do_not_stay(verb: Token, doer: Token) -> bool:
    """People in general not staying at their place: "drivers don't last long at your
    depot", "nobody stays long there". The place must be theirs; the sender's own ("at my
    firm") is not."""
    people = doer.tag_ == "NNS" or doer.lower_ == "noone" or none_of(doer)  # none_of: "nobody", "none"
    if not people or doer.lower_ in FIRST_PERSON or someone_elses(doer):
        return False
    theirs = any(
        (c.dep_ == "prep" and c.lower_ in ("at", "in", "with") and any(_yours(g) for g in c.children))
        or (c.dep_ == "advmod" and c.lower_ in ("there", "here"))
        for c in verb.children
    )
    soon = any(w.lower_ in SOON or w.lemma_.lower() in ("month", "week") for w in verb.subtree)
    return theirs and soon



def _yours(noun: Token) -> bool:
    return noun.lower_ == "you" or is_yours(noun)


def _held_the_post(doer: Token) -> bool:
    """ "two of the three people who held this post before me": predecessors told by a
    relative clause of holding the job."""
    people = [doer, *(g for c in doer.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)]
    return any(
        c.dep_ == "relcl"
        and c.lemma_.lower() in HOLDING
        and any(o.dep_ == "dobj" and o.lemma_.lower() in HELD_POSTS for o in c.children)
        for person in people
        for c in person.children
    )


def _poor_premises(token: Token) -> str | None:
    """Their premises in poor shape, said of a place of theirs: "the loading bay was
    cluttered", "the staff room was so small that half the team ate on the stairs", "the
    dispensary still relies on paper logs and a fax machine"."""
    low = token.lower_
    if token.pos_ in ("ADJ", "VERB") and (low in POOR_PREMISES or low in MILD_PREMISES):
        if low in MILD_PREMISES and not any(c.lower_ in ("so", "too", "very") for c in token.children):
            return None
        if is_negated(token, through_clauses=False):
            return None
        verb = token.head if token.dep_ in ("acomp", "oprd", "attr") else token
        place = subject_of(verb)
        if place is None or someone_elses(place) or place.pos_ != "NOUN":
            return None
        # A strong word needs only a place pointed at ("the storeroom was cluttered"); a
        # mild one, pushed, a place of theirs ("the staff room was so small that ...").
        pointed = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "your") for c in place.children)
        if place.lemma_.lower() in PLACES or (pointed and low in POOR_PREMISES):
            return f"says their {place.text} was {token.text}"
        return None
    if token.lemma_.lower() in STILL_ON and token.pos_ == "VERB" and any(c.lower_ == "still" for c in token.children):
        place = subject_of(token)
        on = any(c.lower_ == "on" for c in token.children) or token.lemma_.lower() == "use"
        if on and place is not None and place.lemma_.lower() in PLACES and not someone_elses(place):
            return f"says their {place.text} still runs on old ways"
    return None


def _slow(token: Token) -> str | None:
    """Their slowness, as a length of time: "the feedback turned up five weeks later", "it
    took ten weeks to reply", "this has taken two months"."""
    if token.lemma_.lower() not in SLOW_VERBS or token.pos_ != "VERB":
        return None
    units = [w for w in token.subtree if w.lower_ in LONG_UNITS]
    if not any(any(n.like_num and n.lower_ not in ("one", "1", "a") for n in u.children) for u in units):
        return None
    doer = subject_of(token)
    if doer is None:
        return None
    theirs = doer.lemma_.lower() in UNANSWERED | MEETINGS | SLOW_THINGS
    if theirs and not someone_elses(doer):
        return "says they took weeks over it"
    replied = any(w.lemma_.lower() in REPLYING for w in token.subtree)
    if doer.lower_ in ("this", "it", "they") and replied:
        return "says they took weeks over it"
    return None


def _accounts_differ(sent: Span, targets: frozenset[str]) -> str | None:
    """Their accounts that did not agree: "the advert said fully remote, the recruiter said
    three days in the office", "three different people from your HR team sent me three
    different dates"."""
    tokens = tokens_in(sent)
    sources = set()
    unnamed = 0
    for t in tokens:
        if t.lemma_.lower() in TELLING_VERBS and t.pos_ == "VERB":
            doer = subject_of(t)
            if doer is not None and doer.dep_ == "nsubjpass" and doer.lower_ in ("i", "we"):
                # "I was told the role was hybrid": in a letter to the employer, whoever told
                # the candidate about the role spoke for them.
                sources.add(f"told-{t.i}")
            elif doer is not None and doer.lower_ in UNNAMED_TELLERS:
                unnamed += 1  # "someone mentioned ...", counted only beside another account
            elif doer is not None and doer.lower_ not in FIRST_PERSON and (
                about_target(doer, targets) or a_person_of_theirs(doer) or doer.lemma_.lower() in WRITTEN
            ):
                sources.add(doer.lemma_.lower())
    if len(sources) >= 2 or (sources and unnamed):
        return "says what they told you did not agree"
    if (why := _accounts_clash(tokens, targets)) is not None:
        return why
    different = [
        t
        for t in tokens
        if t.lower_ == "different" and any(n.like_num or n.lower_ in ("two", "three", "four") for n in t.head.children)
    ]
    theirs = any(a_person_of_theirs(s) or about_target(s, targets) for s in subjects_of(sent))
    if len(different) >= 2 or (different and theirs):
        return "says what they told you did not agree"
    return None


def _told_or_written(noun: Token, targets: frozenset[str]) -> bool:
    """What they said or wrote: "what the hiring manager told me", "the job description I
    was sent", "the advert", "the role your manager described"."""
    if noun.lemma_.lower() in WRITTEN or noun.lemma_.lower() in ACCOUNTS:
        return True
    return any(
        w.lemma_.lower() in TELLING_VERBS | CLAIMS and w.pos_ == "VERB" and w.i != noun.i
        for w in noun.subtree
    )


def _accounts_clash(tokens: Sequence[Token], targets: frozenset[str]) -> str | None:
    """One account of theirs that does not agree with another: "the feedback did not match
    what the hiring manager told me", "the job description bears no resemblance to the
    role your manager described"."""
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLASH_VERBS:
            continue
        denied = is_negated(verb, through_clauses=False) or any(
            c.dep_ == "dobj" and any(d.lower_ in ("no", "little") for d in c.children) for c in verb.children
        )
        if verb.lemma_.lower() not in ("contradict", "differ") and not denied:
            continue
        # A rough parse may give the verb two subjects ("the feedback after the technical
        # round"): any of them will do.
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in FIRST_PERSON]
        if not any(_told_or_written(s, targets) for s in subjects):
            continue
        others = [w for w in verb.subtree if w.i > verb.i and w.dep_ in ("dobj", "pobj", "ccomp")]
        if any(
            _told_or_written(o, targets) or (o.dep_ == "ccomp" and o.lemma_.lower() in TELLING_VERBS)
            for o in others
        ):
            return "says what they told you did not agree"
    return None


def _changed_again(token: Token) -> str | None:
    """ "the interview has been moved four times", "they rescheduled twice": what they
    arranged, changed again and again."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in CHANGES:
        return None
    counted = any(
        (c.lower_ == "times" and any(n.like_num and n.lower_ not in ("one", "1") for n in c.children))
        or c.lower_ in ("twice", "repeatedly", "constantly", "regularly", "often", "frequently")
        # "the rota is changed most weeks", "every month": as a habit
        or (c.dep_ == "npadvmod" and any(d.lower_ in ("most", "every", "each") for d in c.children))
        for c in token.children
    )
    if not counted:
        return None
    # What was changed is theirs to arrange: the interview, the date ("it", "the
    # interview"), or they changed it ("they rescheduled twice"); not the sender's other
    # commitments ("the shoot has been pushed back twice").
    changed = subject_of(token)
    rostered = changed is not None and changed.lemma_.lower() in ROSTERS
    if changed is not None and rostered and someone_elses(changed):
        return None  # "my rota at the hospital changes every week": the sender's own job
    arranged = (
        changed is None
        or rostered
        # "my interview", "my assessment day": the sender's, but theirs to arrange
        or changed.lemma_.lower() in MEETINGS | ARRANGED
        or any(c.dep_ == "compound" and c.lemma_.lower() in MEETINGS for c in changed.children)
        or changed.lower_ in ("it", "they", "you")
        or a_person_of_theirs(changed)
    )
    return "says they kept changing what they had arranged" if arranged else None


def _unread(token: Token) -> str | None:
    """ "the panel had not looked at my CV beforehand": the sender's papers unread."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ATTENTION or not is_negated(token, through_clauses=False):
        return None
    if not a_person_of_theirs(subject_of(token)) and not about_target(subject_of(token) or token, TARGETS):
        return None
    papers = [
        w
        for w in token.subtree
        if w.lemma_.lower() in PAPERS and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in w.children)
    ]
    return "says they had not read your papers" if papers else None


def _not_kept(token: Token) -> str | None:
    """Premises not kept: "the staff room had no working heater", "the decontamination
    room had not been cleaned down"."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in UPKEEP and is_negated(token, through_clauses=False):
        subject = subject_of(token)
        if subject is not None and subject.lemma_.lower() in PLACES and not someone_elses(subject):
            return f"says their {subject.text} had not been kept up"
    if token.lemma_.lower() in AMENITIES and token.pos_ == "NOUN":
        none = any(c.lower_ == "no" for c in token.children if c.dep_ == "det")
        owner = token.head if token.dep_ == "dobj" and token.head.lemma_.lower() == "have" else None
        subject = subject_of(owner) if owner is not None else None
        if none and subject is not None and subject.lemma_.lower() in PLACES and not someone_elses(subject):
            return f"says their {subject.text} had no {token.text}"
    return None


#: Conduct checks and the words (or lemmas) one of which a sentence needs for each to apply.
def _nth_in_the_post(token: Token) -> str | None:
    """ "whoever is appointed will be the fourth person in the post in two years": their
    turnover counted by the next holder's place in the line."""
    if token.lower_ not in LATER_PLACES or token.dep_ != "amod":
        return None
    holder = token.head
    if holder.lemma_.lower() not in PREDECESSORS:
        return None
    posts = [g for c in holder.children if c.dep_ == "prep" and c.lower_ in ("in", "for") for g in c.children]
    if not any(g.lemma_.lower() in HELD_POSTS for g in posts):
        return None
    span = any(w.lemma_.lower() in ("year", "month", "week") for w in holder.sent)
    return "says people do not stay in the post" if span else None


def _thanked_at_last(token: Token) -> str | None:
    """Thanks for what they did at last: "thank you for finally confirming the interview,
    six weeks after my application"."""
    if token.lower_ not in ("finally", "eventually") or token.dep_ != "advmod":
        return None
    done = token.head
    if done.dep_ != "pcomp" or done.head.lower_ != "for":
        return None
    thanks = done.head.head
    return "thanks them for doing it at last" if thanks.lemma_.lower() in ("thank", "thanks") else None


def _one_after_another(token: Token) -> str | None:
    """Their people replaced again and again: "the class has had four different SNAs since
    September", "the ward has had five different managers in two years"."""
    if token.lower_ == "different" and token.dep_ == "amod":
        people = token.head
    elif token.lemma_.lower() in SINGLE_POSTS and token.pos_ == "NOUN":
        people = token  # "four heads of section in five years": a post one holds at a time
    elif token.pos_ == "PROPN" and token.lower_.rstrip("s") in SINGLE_POSTS:
        people = token  # "four Heads of Marketing since 2023": the post's title in capitals
    else:
        return None
    counted = any(
        c.dep_ == "nummod" and c.lower_ in MANY
        for c in people.children
    )
    if counted and people.dep_ == "nsubj" and people.head.lemma_.lower() in SAYING and _over_a_span(people):
        # "Four Heads of Marketing since 2023 is quite the record", "... tells its own
        # story": the count and its span judged as a thing of its own (not "four managers in
        # five years have come up through your scheme", what they did).
        return "says their people keep changing"
    had = people.head
    if not counted or people.dep_ != "dobj" or had.lemma_.lower() != "have":
        return None
    lemma = people.lemma_.lower()
    person = (
        lemma in PREDECESSORS
        or lemma in SINGLE_POSTS
        or lemma in THEIR_PEOPLE
        or lemma.endswith(("er", "or", "ist", "ant", "ent"))  # managers, supervisors, assistants
        or people.text.rstrip("s").isupper()  # "SNAs", "HCAs"
    )
    if not person:
        return None  # "the project has had three different names"
    holder = subject_of(had)
    if holder is None or is_first_person(holder) or someone_elses(holder):
        return None  # "I have had four different roles since 2019": the sender's own career
    since = any(c.dep_ == "prep" and c.lower_ in ("since", "in", "within", "over") for c in had.children)
    return "says their people keep changing" if since else None


def _over_a_span(people: Token) -> bool:
    """ "(four heads) since 2023", "(six managers) in two years": a span of time on the count."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("since", "in", "within", "over")
        and any(g.like_num or g.lemma_.lower() in ("year", "month", "week") for g in c.children)
        for c in people.children
    )


_CONDUCT_CHECKS: tuple[tuple[Callable[[Token], str | None], frozenset[str]], ...] = (
    (_unanswered_by_them, UNANSWERED | {"wait"}),
    (_distracted, DISTRACTIONS | {"among"}),
    (_changed_again, CHANGES),
    (_discourteous, RUDE_VERBS | frozenset(RUDE_WITH) | {"interested"}),
    (_silence, ANSWERING | CALLBACKS | ARRIVING | {"unanswered", "hear"}),
    (_could_not_answer, ANSWERING_VERBS),
    (_poor_premises, POOR_PREMISES | MILD_PREMISES | STILL_ON),
    (_slow, SLOW_VERBS),
    (_turnover, LEAVING_VERBS | {"advertise", "readvertise", "re-advertise", "post", "repost"}),
    (_unread, ATTENTION),
    (_not_kept, UPKEEP | AMENITIES),
    (_broken, BROKEN),
    (_asked_privately, frozenset({"ask"})),
    (_kept_waiting, frozenset({"wait"})),
    (_thanked_at_last, frozenset({"finally", "eventually"})),
    (_nth_in_the_post, LATER_PLACES),
    (_one_after_another, frozenset({"different"}) | SINGLE_POSTS | {post + "s" for post in SINGLE_POSTS}),
)





def _ranked_below_others(sent: Span, targets: frozenset[str]) -> str | None:
    """Others set above them: "unlike the other practices I have spoken with, your clinic
    could not tell me ...", "other schools I visited at least offered a cup of tea"."""
    tokens = tokens_in(sent)
    peers = [
        t for t in tokens
        if t.lemma_.lower() in PEERS
        and any(c.lower_ in OTHERS for c in t.children if c.dep_ in ("det", "amod", "predet"))
    ]
    if not peers:
        return None
    if any(t.pos_ in ("ADJ", "ADV", "VERB") and max(valence(t.lemma_), valence(t.lower_)) >= CLEARLY for t in tokens):
        return None  # "unlike other firms, your team replied within a day, which I appreciated"
    unlike = any(t.lower_ == "unlike" for t in tokens)
    if unlike and any(about_target(s, targets) for s in tokens if s.dep_ in ("nsubj", "nsubjpass")):
        return "ranks them below other employers"
    root = sent.root
    if (
        unlike
        and is_first_person(subject_of(root))
        and root.lemma_.lower() in FOUND_OUT
        and (
            any(c.lower_ == "only" and c.dep_ == "advmod" for c in root.children)
            or is_negated(root, through_clauses=False)
        )
    ):
        # "unlike the other agencies, which all shared a range at the first call, I only
        # learnt it after the second round": what the sender got from them, set below.
        return "ranks them below other employers"
    at_least = any(t.lower_ == "least" and t.i > 0 and t.doc[t.i - 1].lower_ == "at" for t in tokens)
    if at_least and any(p.dep_ == "nsubj" for p in peers):
        return "ranks them below other employers"
    return None





def _if_only(sent: Span, targets: frozenset[str]) -> str | None:
    """A condition in the past about their thing, naming what they did not do: "if the
    role had been as advertised, I would have carried on"."""
    for token in tokens_in(sent):
        if token.pos_ not in ("VERB", "AUX"):
            continue
        auxes = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
        # "if the role had been ...", or inverted: "had the salary been shared ..."
        inverted = any(c.lower_ == "had" and c.i == token.left_edge.i for c in token.children)
        marked = any(c.lower_ == "if" for c in token.children) or inverted
        # The parse may make an inverted condition the root, and the main clause its child.
        mains = [token.head] if token.dep_ == "advcl" else [c for c in token.children if c.dep_ in ("ccomp", "conj")]
        if token.dep_ != "advcl" and not inverted:
            continue
        if not marked or not ("had" in auxes or token.tag_ == "VBD"):
            continue
        doer = subject_of(token)
        if doer is None or doer.lower_ in FIRST_PERSON or not about_target(doer, targets):
            continue
        if token.dep_ == "advcl" and any(w.lower_ in IF_ONLY for w in token.subtree):
            return "says what they should have done"
        if any(_would_not_have(main) for main in mains):
            return "says what they should have done"
    return None


def _would_not_have(main: Token) -> bool:
    """The sender's regret in the main clause: "I would not have applied", "we could both
    have saved an afternoon"; not "I would not have hesitated", which is eagerness."""
    auxes = {c.lower_ for c in main.children if c.dep_ == "aux"}
    if not (auxes & {"would", "could", "'d", "’d"} and "have" in auxes):
        return False
    if not is_first_person(subject_of(main)) or main.lemma_.lower() not in REGRETTED_ACTS:
        return False
    return main.lemma_.lower() == "save" or is_negated(main, through_clauses=False)


def _better_than_theirs(sent: Span, targets: frozenset[str]) -> str | None:
    """Another place set above theirs: "the labs at Gortmore are far better equipped than
    yours", "a far more organised process than your team's", "their process was faster
    than this one has been"."""
    for token in tokens_in(sent):
        if token.lower_ != "than":
            continue
        # "than yours"; "than this one has been", where "than" marks a clause of its own
        # ("more than you needed to hear" compares with what the reader needed, not theirs)
        clause = token.head.subtree if token.dep_ == "mark" else token.subtree
        compared = [w for w in clause if w.i != token.i]
        # "this one" is theirs when what it stands for is a thing of an employer's ("their
        # process"), not the sender's ("their commute") nor a fit ("a better fit than this one").
        this_one = any(w.lower_ == "one" and any(c.lower_ == "this" for c in w.children) for w in compared) and any(
            t.dep_ == "nsubj" and t.i < token.i and t.lemma_.lower() in targets and t.lemma_.lower() not in FIT_NOUNS
            for t in tokens_in(sent)
        ) and not any(t.lemma_.lower() in FIT_NOUNS | FIT_WORDS for t in tokens_in(sent))
        yours = token.dep_ != "mark" and any(w.lower_ in ("yours", "you", "your") for w in compared)
        if not this_one and not yours:
            continue
        before = token.doc[max(sent.start, token.i - 6) : token.i]
        higher = any(
            w.lower_ in ("better", "more", "far") or (w.tag_ == "JJR" and valence(w.lemma_) >= 0) for w in before
        )
        if any(w.lower_ in FIRST_PERSON for w in before):
            continue  # "says more about me than about your office": the sender set against them
        if higher and not any(w.lower_ in ("less", "worse", "fewer") for w in before):
            return "ranks them below another employer"
    return None

"""Sentences that open or shut the door on future contact.

Two rules read them: door-open wants one opener and no shutter, and reason-length must not
count a door-opening sentence as part of the reason. Knowing it once here keeps the two
from disagreeing about what opens a door."""

from __future__ import annotations

from typing import TYPE_CHECKING

from declint.document.knowledge import knowledge
from declint.nlp.grammar import (
    CONDITIONAL_MARKS,
    has_negation_child,
    is_conditional,
    is_first_person,
    is_litotes,
    is_negated,
    subject_of,
)
from declint.nlp.present import span_text, tokens_in
from declint.nlp.sentiment import CLEARLY, valence
from declint.text.vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_DOOR = knowledge().door
_MONTH_NAMES = vocabulary().month_names
# Nouns that, when the sender hopes for or welcomes them, open a door.
_LATER_THINGS = _DOOR["later_things"]
_HOPEFUL = _DOOR["hopeful"]
_CONTACT_VERBS = _DOOR["contact_verbs"]
# Doing something with the reader again: "I hope we meet again", "work together one day".
_TOGETHER_VERBS = _DOOR["together_verbs"]
# Verbs whose partner is the reader even when unsaid: "I'd be glad to talk again".
_RECIPROCAL_VERBS = _DOOR["reciprocal_verbs"]
# Words that put a shared action in the future rather than the present.
_LATER_WORDS = _DOOR["later_words"]
# "Keep my details on file", "retain my CV": records the reader can come back to.
_RETAIN_VERBS = _DOOR["retain_verbs"]
_RECORDS = _DOOR["records"]
# "keep the lines of communication open": channels, not the sender's own options.
_CHANNELS = _DOOR["channels"]
# Being thought of again: "I would be glad to be considered", "do keep me in mind".
_CONSIDER_VERBS = _DOOR["consider_verbs"]
# Lists one asks to leave, which ends contact: "remove me from your mailing list".
_CONTACT_LISTS = _DOOR["contact_lists"]
# "down the line", "down the road", "down the track".
_LATER_NOUNS = _DOOR["later_nouns"]
_THEIR_OPENINGS = frozenset(_DOOR["their_openings"])
_KEEPING_WATCH = frozenset(_DOOR["keeping_watch"])
# What "keep" is of when it keeps contact: "keep me in mind", "keep in touch", "keep my CV on file".
_KEPT = frozenset(_DOOR["kept"])
_WELCOMING = frozenset(_DOOR["welcoming"])
_WATCHING = _DOOR["watching_verbs"]
_THEIR_PROGRESS = _DOOR["their_progress"]
# Jobs the reader may offer later: "future roles", "other openings".
_JOB_THINGS = _DOOR["job_things"]
# Nouns that negate what they govern: "I have no interest in hearing from you again".
_WANTS = _DOOR["wants"]
# What is put forward or taken off a list for the sender: "my name", "my details".
_NOMINEES = _DOOR["nominees"]
# Networks on which one keeps in contact: "I will connect with you on LinkedIn".
_NETWORKS = _DOOR["networks"]
# Verbs that take the sender off a list: "take me off", "delete my details from".
_REMOVAL_VERBS = _DOOR["removal_verbs"]


def _in_touch(token: Token) -> bool:
    """stay / keep / remain / be / get in touch (or contact)."""
    if token.lemma_.lower() not in ("touch", "contact"):
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "in":
        return token.head.head.lemma_.lower() in ("stay", "keep", "remain", "be", "get")
    # The parser may read "in" as the verb's particle: keep [in] [touch].
    verb = token.head
    return (
        token.dep_ == "dobj"
        and verb.lemma_.lower() in ("stay", "keep", "remain", "get")
        and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    )


def _someone_else_got_in_touch(touch: Token) -> bool:
    """ "a former manager of mine got in touch to ask ...": contact told as a past event,
    made by a third party, keeps no door open with the reader."""
    verb = touch.head.head if touch.head.lower_ == "in" else touch.head
    subject = subject_of(verb)
    return (
        verb.tag_ == "VBD"
        and subject is not None
        and subject.lower_ not in ("i", "we", "you", "let", "'s")
        and subject.pos_ in ("NOUN", "PROPN", "PRON")
    )


#: Every lemma a branch of ``opener`` starts from. Any other word opens nothing unless it
#: is a verb (a shared action, "let's ...") or a network's name: most of a draft's words are
#: answered from this set. A new branch of ``opener`` must add its lemmas here.
_OPENER_LEMMAS = (
    frozenset({"touch", "contact", "connect", "connected", "reconnect", "revisit", "reapply", "resume"})
    | {"interested", "keen", "available", "open", "mind", "cross", "path", "file", "record", "future"}
    | {"hear", "put", "know", "post", "inform", "join", "apply", "return", "rejoin", "door"}
    | _RETAIN_VERBS | _TOGETHER_VERBS | _LATER_NOUNS | _LATER_THINGS | _CONTACT_VERBS | _WATCHING
    | _CONSIDER_VERBS
)


def opener(token: Token) -> bool:
    """Does this token anchor a phrase that keeps future contact possible?"""
    lemma = token.lemma_.lower()
    if lemma not in _OPENER_LEMMAS and token.pos_ != "VERB" and token.lower_ not in _NETWORKS:
        return False
    # token.sent scans for the sentence's bounds: only the branches that need it ask for it.
    if _in_touch(token):
        return not _thanked_for(token) and not _someone_else_got_in_touch(token)
    if lemma in ("connect", "connected") and token.head.lemma_.lower() in ("stay", "keep", "remain"):
        return True
    if lemma in ("connect", "reconnect") and token.pos_ in ("VERB", "NOUN"):
        return True  # "open to reconnecting next year": the gerund may be tagged a noun
    if lemma in ("revisit", "reapply", "resume") and token.pos_ == "VERB":
        sent = token.sent
        return _hopeful_or_conditional(sent, token) or any(t.lower_ in ("future", "later", "again") for t in sent)
    if lemma in ("interested", "keen", "available", "open") and token.dep_ == "acomp" and (
        token.head.lemma_.lower() in ("remain", "stay")
    ):
        return True  # "I remain very interested in your company"
    if lemma == "mind" and token.head.lower_ == "in" and token.head.head.lemma_.lower() in ("keep", "bear"):
        return True
    if lemma == "cross" and (
        any(c.lemma_.lower() == "path" for c in token.children)
        or ((_ours(token) or _owned_by_us(token)) and any(t.lower_ in _LATER_WORDS for t in token.sent))
    ):
        return True  # "our paths will cross", "I hope our work crosses again" (even as a noun)
    if lemma == "path" and (
        any(c.lower_.startswith("cross") for c in (token.head, *token.children))
        or (token.dep_ == "nsubj" and token.head.lemma_.lower() in ("meet", "intersect", "converge"))
    ):
        # "look forward to crossing paths": the parser often reads "crossing" as a noun.
        return True
    if lemma in _RETAIN_VERBS and token.pos_ == "VERB" and _keeps_record(token):
        return True
    if token.pos_ == "VERB" and (lemma in _TOGETHER_VERBS or _lets(token)) and _together_later(token):
        return _lets(token) or _hopeful_or_conditional(token.sent, token)
    if lemma in ("file", "record") and token.head.lower_ == "on" and token.head.head.lemma_.lower() == "keep":
        return True
    if lemma == "future" or (lemma in _LATER_NOUNS and _down_the(token)):
        return _hopeful_or_conditional(token.sent, token)
    if lemma in _LATER_THINGS and any(c.lower_ in ("another", "other", "future", "new") for c in token.children):
        return _hopeful_or_conditional(token.sent, token) or _readers(token)
    if lemma == "hear" and any(c.lower_ == "from" for c in token.children):
        sent = token.sent
        # "I'd be happy to hear from you if anything more senior comes up": welcomed, and
        # waiting on a change. Without the condition it may just ask for a reply now.
        return (
            is_conditional(token)
            or any(t.lower_ in ("again", "future") for t in tokens_in(sent))
            or (_conditional_clause(sent) and _hopeful_or_conditional(sent, token))
        )
    if lemma == "put" and any(c.lower_ == "forward" for c in token.children) and any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass") and (c.lower_ in ("me", "us") or c.lemma_.lower() in _NOMINEES)
        for c in token.children
    ):
        # "I would be glad to have my name put forward should it grow again": to be
        # considered, said the way a referee or a recruiter says it.
        sent = token.sent
        return _hopeful_or_conditional(sent, token) or _conditional_clause(sent)
    if token.lower_ in _NETWORKS and token.i > 0 and _senders_plan(token.doc[token.i - 1]):
        # "I will send you a connection request on LinkedIn": a way to keep in contact.
        return True
    if lemma in _CONTACT_VERBS and token.pos_ == "VERB" and token.tag_ != "VBD" and any(
        t.lower_ in ("again", "future") for t in token.sent
    ):
        # "Please do email me again": contact asked for. "When I followed up by email, I was
        # sent the advert again" is what happened.
        return _hopeful_or_conditional(token.sent, token) or token.dep_ == "ROOT"
    if lemma in _CONTACT_VERBS | {"know", "post", "inform"} and _invited(token) and _conditional_clause(token.sent):
        # "Feel free to reach out if anything similar comes up", "if a role opens up, please
        # let me know": contact invited for when something changes.
        return True
    if lemma == "join" and token.pos_ == "VERB" and any(
        c.dep_ == "dobj" and (c.lower_ == "you" or any(p.lower_ == "your" for p in c.children)) for c in token.children
    ) and any(t.lower_ in _LATER_WORDS or t.lemma_.lower() in ("day", "future") for t in token.subtree):
        return _hopeful_or_conditional(token.sent, token)  # "I would love to join you one day"
    if lemma in _WATCHING and token.pos_ == "VERB" and _watches_them(token):
        return True  # "I will keep following your progress", "see where the company goes next"
    if lemma in _CONTACT_VERBS and any(
        t.lower_ == "anytime" or (t.lower_ == "any" and t.head.lemma_.lower() == "time") for t in token.subtree
    ):
        return _hopeful_or_conditional(token.sent, token) or _invited(token)  # "contact me at any time"
    if lemma in ("apply", "return", "rejoin") and token.pos_ == "VERB" and any(
        c.lower_ == "again" for c in token.children
    ):
        return True  # "I would like to apply again when I finish my studies"
    if lemma in _CONSIDER_VERBS and _sender_is_object(token):
        # "I would be glad to be considered should I move back", "keep me in mind".
        return _hopeful_or_conditional(token.sent, token)
    if lemma in _LATER_THINGS and _future_or_other(token) and _readers(token):
        # "I will keep an eye on your careers page for future roles": a plan, but one that
        # comes back to the reader.
        return True
    if lemma == "door" and any(t.lemma_.lower() == "open" for t in token.sent):
        return True
    return False


def _watches_them(verb: Token) -> bool:
    """Attention to the reader's company that goes on: "keep following your progress", "look
    forward to seeing where the company goes next", "I will be watching your growth". The
    article counts continued interest in the organisation as keeping the door open."""
    def of_theirs(t: Token) -> bool:
        owned = any(p.lower_ in ("your", "the") or p.dep_ == "poss" for p in t.children)
        return (t.lemma_.lower() in _THEIR_PROGRESS and owned) or t.lower_ in ("you", "yours")

    theirs = any(of_theirs(t) for t in verb.subtree)
    if not theirs:
        return False
    ongoing = verb.head.lemma_.lower() in ("keep", "continue") or any(
        c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children
    )
    forward = any(a.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in a.children) for a in verb.ancestors)
    return ongoing or forward


def _ours(verb: Token) -> bool:
    """The subject is shared: "our work", "our careers", "we"."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (c.lower_ == "we" or any(p.dep_ == "poss" and p.lower_ == "our" for p in c.children))
        for c in verb.children
    )


def _invited(verb: Token) -> bool:
    """Contact the sender asks for or welcomes: "please let me know", "feel free to reach
    out", "do not hesitate to call", "keep me posted"."""
    for governor in (verb, *list(verb.ancestors)[:3]):
        children = list(governor.children)
        if any(c.lower_ in ("please", "kindly") for c in children):
            return True
        if governor.lemma_.lower() in ("free", "hesitate", "welcome") or governor.lemma_.lower() == "let":
            return True
        if governor.lemma_.lower() == "do" and governor.dep_ == "aux":
            return True
    return any(c.lower_ in ("me", "us") for c in verb.children) and verb.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    )


# The marks of a clause the sentence waits on; "unless" sets a condition against the
# contact instead ("contact me again unless ...").
_WAITING_MARKS = CONDITIONAL_MARKS - {"unless"}


def _conditional_clause(sent: Span) -> bool:
    """The sentence waits on something: "if a role opens up", "should anything change",
    "when the timing is better", "once I finish my degree"."""
    for t in tokens_in(sent):
        if t.dep_ == "mark" and t.lower_ in _WAITING_MARKS:
            return True
        # Inversion: "should anything change", "should a role open up".
        if t.lower_ == "should" and t.dep_ == "aux" and any(
            s.dep_.startswith("nsubj") and s.i > t.i for s in t.head.children
        ):
            return True
    return False


def _sender_is_object(verb: Token) -> bool:
    """The sender is the one to be thought of later: "I would be glad to be considered".
    ("Thank you for considering me" thanks them for what they did; it opens nothing.)"""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = subject_of(verb)
    return subject is not None and subject.lower_ in ("i", "we")


def _future_or_other(noun: Token) -> bool:
    return any(c.lower_ in ("future", "another", "other", "similar", "new") for c in noun.children)


def _owned_by_us(noun: Token) -> bool:
    """ "our work", "our careers": the thing is the sender's and the reader's together."""
    return any(
        c.dep_ == "poss" and c.lower_ == "our" for t in (noun, *[c for c in noun.children if c.dep_ == "compound"])
        for c in t.children
    )


def _readers(noun: Token) -> bool:
    """A future job that is the reader's to offer: "I will watch your careers page for
    future roles". Not good wishes for their projects ("I wish your team success with
    future projects")."""
    if noun.lemma_.lower() not in _JOB_THINGS:
        return False
    if any(a.lemma_.lower() == "wish" for a in noun.ancestors):
        return False
    return any(t.lower_ in ("your", "you") for t in noun.sent)


def _keeps_record(verb: Token) -> bool:
    """ "Please keep my details on file", "retain my CV", "keep the lines open"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # The sender's own record ("my details"), not "please keep this information private".
    if any(
        o.lemma_.lower() in _RECORDS and any(c.lower_ in ("my", "our") for c in o.children) for o in objects
    ):
        return True
    if any(o.lower_ in ("me", "us") for o in objects) and any(
        g.lemma_.lower() in _CONTACT_LISTS or g.lemma_.lower() in _DOOR["books"]
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("on", "in")
        for g in c.children
    ):
        return True  # "keep me on your books", "keep me in your database"
    return any(o.lemma_.lower() in _CHANNELS for o in objects) and any(
        c.lower_ == "open" for c in verb.children
    )


def _lets(verb: Token) -> bool:
    """ "Let's meet again": a suggestion, as hopeful as "I hope we meet again"."""
    let = any(c.lemma_.lower() == "let" for c in verb.children) or verb.head.lemma_.lower() == "let"
    return let and any(c.lower_ in ("'s", "’s", "us") for c in verb.children)


def _together_later(verb: Token) -> bool:
    """A shared action ("we", "together", "with you") put in the future ("again", "one day")."""
    shared = any(
        c.lower_ in ("we", "together", "'s", "’s", "us")
        or (c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ in ("you", "your", "team") for g in c.subtree))
        for c in verb.children
    )
    if not shared and verb.lemma_.lower() not in _RECIPROCAL_VERBS:
        return False
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in ("chance", "opportunity"):
        return True  # "I hope there will be a chance to work with your team": a chance is ahead
    for t in verb.subtree:
        if t.lower_ in _LATER_WORDS:
            return True
        if t.lemma_.lower() in ("day", "point", "time") and any(c.lower_ in ("one", "some") for c in t.children):
            return True
    return False


def _senders_plan(preposition: Token) -> bool:
    """ "on LinkedIn" hangs from a plan of the sender's, not negated: "I will add you on
    LinkedIn". Read from the preposition: the parser may not attach the network's name."""
    if preposition.lower_ not in ("on", "via", "through"):
        return False
    for governor in (preposition, *preposition.ancestors):
        if governor.pos_ in ("VERB", "AUX"):
            subject = subject_of(governor)
            return (
                subject is not None
                and subject.lower_ in ("i", "we")
                and not negated_in_clause_chain(governor)
            )
    return False


def _down_the(token: Token) -> bool:
    i = token.i
    doc = token.doc
    return i >= 2 and doc[i - 1].lower_ in ("the", "a") and doc[i - 2].lower_ in ("down", "at")


def _hopeful_or_conditional(sent: Span, token: Token) -> bool:
    """The phrase is wished for or conditional, not a plan: "I hope another role opens up"
    opens a door, "I will pursue another opportunity" does not."""
    if is_conditional(token):
        return True
    planned = False
    for governor in (token, *token.ancestors):
        lemma = governor.lemma_.lower()
        if lemma == "wish" and _to_the_reader(governor):
            # "I wish you every success in the future" says goodbye; it opens nothing.
            return False
        if lemma in _HOPEFUL or _tentative(governor) or _would_welcome(governor):
            return True
        if lemma == "look" and any(c.lower_ == "forward" for c in governor.children):
            return True
        if not planned and _polite_request(governor):
            # "Please keep me posted about future openings" asks for them; "please note that
            # I have accepted another position" does not: the plan's own "I" came first.
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in governor.children):
            planned = True
        if governor.dep_ == "conj":
            # "I appreciate X, but I have decided to pursue another opportunity": the
            # second clause is a statement of its own, not governed by the first.
            break
    return False


def _would_welcome(word: Token) -> bool:
    """ "It would be great to work together": a plainly positive word under "would"."""
    if valence(word.lemma_) < CLEARLY:
        return False
    head = word.head if word.dep_ in ("acomp", "attr") else word
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") for c in head.children)


def _tentative(verb: Token) -> bool:
    """ "Hopefully we'll ...", "maybe we could ...": a wish, not a plan."""
    children = list(verb.children)
    if any(c.lower_ == "hopefully" for c in children):
        return True
    return any(c.lower_ in ("maybe", "perhaps") for c in children) and any(
        c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might") for c in children
    )


def _polite_request(verb: Token) -> bool:
    """An imperative softened by "please" or "kindly": a request made of the reader."""
    children = list(verb.children)
    return any(c.lower_ in ("please", "kindly") for c in children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in children
    )


def _to_the_reader(verb: Token) -> bool:
    """ "wish you ...", "wish your team ...": the wish is for the reader, not for us."""
    return any(
        c.dep_ in ("dative", "dobj", "iobj", "nsubj") and c.lower_ in ("you", "your", "team", "company")
        or (c.dep_ in ("dative", "dobj") and any(g.lower_ in ("you", "your") for g in c.subtree))
        for c in verb.children
    )


def negated_in_clause_chain(token: Token) -> bool:
    """Negation that reaches the opener. Like ``is_negated`` it crosses into a governing
    clause ("I don't think we should stay in touch"), but not back over "but" to a
    coordinated one: in "I don't think this role fits, but I would love to be considered
    for future roles" the "don't" belongs to the first clause only."""
    current = token
    for _ in range(12):
        if is_litotes(current):
            return False
        if has_negation_child(current) or current.lower_ == "never":
            return True
        if current is not token and current.lemma_.lower() in _DOOR["refusing_verbs"]:
            return True  # "refrain from contacting me", "stop sending me alerts"
        if current.lemma_.lower() in _WANTS and any(c.dep_ == "det" and c.lower_ == "no" for c in current.children):
            return True  # "I have no interest in hearing from you again"
        if current.head is current or current.dep_ == "conj":
            return False
        current = current.head
    return False


def _off_a_contact_list(verb: Token) -> bool:
    """The sender (or their details) taken off a list: "take me off your mailing list"."""
    whom = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(w.lower_ in ("me", "us") or w.lemma_.lower() in _NOMINEES for w in whom):
        return False
    places = [
        g for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "off", "out") for g in c.children
    ]
    return any(
        p.lemma_.lower() in _CONTACT_LISTS or any(m.lemma_.lower() in _CONTACT_LISTS for m in p.children)
        for p in places
    )


def shutter(token: Token) -> bool:
    """Phrases that shut the door: no more contact, never again."""
    lemma = token.lemma_.lower()
    if (
        lemma in _CONTACT_VERBS
        and any(c.lower_ in ("me", "us") for c in token.children)
        and (is_negated(token) or token.head.lemma_.lower() in ("stop", "cease"))
    ):
        return True
    if lemma in ("apply", "work", "interview", "consider", "reapply", "return") and any(
        c.lower_ == "never" for c in token.children
    ):
        return True
    if lemma == "remove" and any(c.lower_ in ("me", "us") for c in token.children):
        # "Remove me from your mailing list" ends contact; "remove me from consideration for
        # this role" withdraws, which is the decision, not a shut door.
        places = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
        return not places or any(
            p.lemma_.lower() in _CONTACT_LISTS or any(m.lemma_.lower() in _CONTACT_LISTS for m in p.children)
            for p in places
        )
    if lemma in _REMOVAL_VERBS and lemma != "remove" and _off_a_contact_list(token):
        return True  # "take me off your mailing list", "delete my details from your database"
    if lemma in ("again",) and token.head.lemma_.lower() in _CONTACT_VERBS | {"apply", "work"} and is_negated(
        token.head
    ):
        return True
    return False


# Sentence-level reading. The token anchors above know fixed shapes; a writer has many more
# ("Do give me a shout if you're ever after a pastry chef again", "Kindly consider me for any
# suitable opening in the coming months"). A sentence opens the door when three things hold
# together: it reaches toward the reader (contact, consideration, working together), the
# sender welcomes it (a hopeful word, an invitation, an offer), and it looks ahead (a later
# time, or a condition on an opening). It shuts the door when such contact is refused.

def _looks_ahead(sent: Span) -> bool:
    """A later time ("again", "in the coming months", "one day", "down the track") or a
    condition on an opening ("if anything comes up", "should the post be re-advertised")."""
    for t in tokens_in(sent):
        low = t.lower_
        if low in _LATER_WORDS or low in _DOOR["ahead_words"]:
            return True
        if low == "forward" and t.i > 0 and t.doc[t.i - 1].lower_ == "going":
            return True  # "going forward"; "I look forward to hearing from you" waits for a reply
        if low in _DOOR["ahead_modifiers"] and (
            t.head.lemma_.lower() in _DOOR["time_nouns"] or t.head.lower_ in _MONTH_NAMES
        ):
            return True  # "the coming months", "next spring", "another occasion", "next June"
        lemma = t.lemma_.lower()
        if lemma in _DOOR["time_nouns"] and t.dep_ == "pobj" and t.head.lower_ == "in" and any(
            c.like_num or c.lower_ in ("a", "an", "few") for c in t.children
        ):
            return True  # "in a year or two", "in a few months"
        if low in _LATER_NOUNS and _down_the(t):
            return True
        if lemma in ("last", "end") and negated_in_clause_chain(t):
            return True  # "not the last we hear of each other": more to come
        waits = low in ("once", "when", "whenever") and t.dep_ in ("mark", "advmod") and t.head.dep_ == "advcl"
        if waits and _not_past(t.head):
            return True  # "once things calm down", "once I have finished": a time to come
        if (
            t.lemma_.lower() in _DOOR["time_nouns"] or low in _MONTH_NAMES
        ) and t.dep_ == "pobj" and t.head.lower_ in ("after", "in", "by", "over") and _promised(t.head.head):
            return True  # "I will check in with you after the summer"
        if low in _MONTH_NAMES and t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "by") and _hoped(t):
            return True  # "I hope to catch up with you at the dinner in November"
        if _parting(t) and (_averse(t) or negated_in_clause_chain(t)):
            return True  # "I'd hate to lose touch", "let's not be strangers": the time to come
        hoped = t.dep_ == "xcomp" and t.head.lemma_.lower() in ("hope", "wish")
        if hoped and t.lemma_.lower() in _DOOR["hoped_meetings"]:
            return True  # "I hope to bump into you at a conference": a meeting hoped for is ahead
    lowered = span_text(sent).lower()
    if any(phrase in lowered for phrase in _DOOR["ahead_phrases"]):
        return True  # "one day", "at some point"
    return _opening_awaited(sent)


def _promised(verb: Token) -> bool:
    """The sender's "will" or "shall": "I will check in after the summer"."""
    return any(c.lower_ in ("will", "'ll", "’ll", "shall") for c in verb.children if c.dep_ == "aux") and any(
        c.lower_ in ("i", "we") for c in verb.children if c.dep_ == "nsubj"
    )


def _thanked_for(token: Token) -> bool:
    """ "Thank you for getting in touch": what they did, thanked for, looks back."""
    for ancestor in list(token.ancestors)[:4]:
        if ancestor.lower_ == "for" and ancestor.head.lemma_.lower() in ("thank", "thanks", "grateful", "appreciate"):
            return True
    return False


def _parting(token: Token) -> bool:
    """A word of parting: "lose (touch)", "goodbye", "strangers", "the last (we hear)";
    not "last" describing a time ("last month")."""
    return token.lemma_.lower() in _DOOR["parting_words"] and token.dep_ != "amod"


def _hoped(token: Token) -> bool:
    """A hope or a wish governs the clause: "I hope to see you in May"."""
    return any(a.lemma_.lower() in _HOPEFUL for a in list(token.ancestors)[:5])


def _averse(token: Token) -> bool:
    """ "I'd hate to lose touch": a parting the sender would dislike."""
    return any(a.lemma_.lower() in _DOOR["averse"] for a in list(token.ancestors)[:2])


def _not_past(verb: Token) -> bool:
    """ "calm down", "is", "have finished" (the present perfect of a time to come)."""
    if verb.tag_ in ("VBZ", "VBP", "VB"):
        return True
    # "once I have finished", and the present passive "once my move is settled".
    return verb.tag_ == "VBN" and any(
        (c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve"))
        or (c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re", "be"))
        for c in verb.children
    )


def _opening_awaited(sent: Span) -> bool:
    """The condition is an opening: "if anything comes up", "should a post become free"."""
    for t in tokens_in(sent):
        low = t.lower_
        inverted = low == "should" and t.dep_ in ("aux", "auxpass") and any(
            c.dep_.startswith("nsubj") and c.i > t.i for c in t.head.children
        )  # "Should a post become free"
        # "in case anything else has come up": the case's clause waits like an "if".
        in_case = low == "case" and t.dep_ == "pobj" and t.head.lower_ == "in"
        if not (low in _WAITING_MARKS and t.dep_ == "mark") and not inverted and not in_case:
            continue
        # The parse may hang the case's clause on the main verb: take the next verb.
        clause = (
            next((w for w in sent if w.i > t.i and w.pos_ in ("VERB", "AUX") and w.dep_ not in ("aux", "auxpass")), t)
            if in_case
            else t.head
        )
        if clause.lemma_.lower() in _DOOR["opening_verbs"] or any(
            c.lemma_.lower() in _DOOR["opening_verbs"] for c in clause.children if c.dep_ in ("acomp", "xcomp", "prt")
        ):
            return True
        if any(w.lemma_.lower() in _JOB_THINGS or w.lemma_.lower() in _LATER_THINGS for w in clause.subtree):
            return True
    return False


def _reaches_reader(sent: Span) -> bool:
    """Contact or work between sender and reader: "hear from you", "consider me", "work
    together", "your careers page", "each other"."""
    for t in tokens_in(sent):
        low = t.lower_
        lemma = t.lemma_.lower()
        if low in ("we", "us"):
            # "we" may be the sender's own people ("as we reopen the ward next month"):
            # it is the two of them only in what they would do together ("we can meet").
            if t.head.lemma_.lower() in _DOOR["reach_verbs"] or any(
                w.lower_ == "together" for w in t.head.subtree
            ):
                return True
            continue
        if low in ("you", "your", "yours", "together", "other") and not (
            low == "other" and not any(c.lower_ == "each" for c in t.children)
        ):
            return True
        if lemma in _DOOR["reach_verbs"] and t.pos_ in ("VERB", "NOUN") and _reaching(t):
            return True
        if low == "between" and any(
            c.dep_ == "poss" and c.lower_ == "our" for g in t.children if g.dep_ == "pobj" for c in g.children
        ):
            return True  # "collaboration between our laboratories": the two of them
    return False


def _reaching(word: Token) -> bool:
    """A word of contact that is about contact: not "work" as the job sought ("looking for
    work over there", where "look" is no contact either), not a verb of the sender's own
    group ("the group I work for"), and "keep" only of the sender or of contact ("keep me
    in mind", "keep in touch"; not "keep my current hours")."""
    lemma = word.lemma_.lower()
    if word.dep_ == "relcl":
        return False
    if lemma == "work" and word.pos_ == "NOUN":
        return False
    if lemma == "look" and any(
        c.lower_ == "for" and any(g.lemma_.lower() in _DOOR["sought_work"] for g in c.children) for c in word.children
    ):
        return False  # "I'll be looking for work over there": the sender's own search
    if lemma == "keep":
        return any(w.lower_ in _KEPT for w in word.subtree)
    return True


def _welcomed(sent: Span) -> Token | None:
    """The word that welcomes it: a hopeful word, an invitation to the reader, an offer."""
    for t in tokens_in(sent):
        if _parting(t) and (negated_in_clause_chain(t) or _averse(t)):
            # "let's not lose touch", "I'd hate to lose touch", "I hope this is not goodbye":
            # the parting denied is the welcome, whatever hope comes before it.
            return t
    for t in tokens_in(sent):
        # The lemmatiser reads "hoping" as "hop".
        lemma = "hope" if t.lower_ == "hoping" else t.lemma_.lower()
        # A sentence that opens with "Hope to ..." may be tagged as a name.
        tagged = t.pos_ in ("VERB", "ADJ", "ADV", "NOUN") or (t.pos_ == "PROPN" and t.is_sent_start)
        # "I would be gratified to collaborate": any plainly glad word the sender would be.
        felt = (t.pos_ == "ADJ" and t.dep_ == "acomp") or (
            t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children)  # "would be gratified"
        )
        glad = felt and valence(t.lower_) >= CLEARLY and _would(t)
        if lemma == "open" and t.pos_ == "VERB" and any(c.dep_ == "dobj" for c in t.children):
            continue  # "the group is opening a second site": opening something, not open to it
        welcoming = lemma in _WELCOMING or t.lower_ in _WELCOMING  # "stoked", lemma "stoke"
        if (lemma in _HOPEFUL or welcoming or glad) and tagged:
            if lemma in ("wish",) and _to_the_reader(t):
                continue  # "I wish you every success in future" says goodbye
            return t
        # An imperative, the sentence's own or one joined to thanks ("Thanks for your
        # patience, and do give me a shout if ...").
        imperative = (
            (t.dep_ == "ROOT" or (t.dep_ == "conj" and any(c.lower_ == "do" for c in t.children)))
            and t.tag_ == "VB"
            and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ == "aux" and c.lower_ != "do") for c in t.children
            )
        )
        mine = any(
            c.lemma_.lower() in _NOMINEES and any(p.lower_ in ("my", "our") for p in c.children) for c in t.children
        )
        if imperative and (lemma in _DOOR["reach_verbs"] or mine or any(c.lower_ in ("me", "us") for c in t.children)):
            return t  # "Do give me a shout", "Kindly consider me", "Do pass my email to the events team"
        if lemma in _DOOR["reach_verbs"] and any(c.lower_ == "always" for c in t.children) and any(
            c.lower_ == "you" for c in t.children if c.dep_ == "nsubj"
        ):
            return t  # "You can always reach me on this address"
        promised = any(c.lower_ in ("will", "'ll", "’ll", "shall") for c in t.children)
        if lemma in _DOOR["reach_verbs"] and promised and any(
            c.lower_ in ("i", "we") for c in t.children if c.dep_ == "nsubj"
        ):
            return t  # "I'll drop you a line when I'm back", "I will be looking at your page again"
    return None


def _offers_referral(sent: Span) -> bool:
    """ "I could recommend a couple of former classmates", "I'd be happy to pass on her
    details", "I can put you in touch with a colleague": the sender offers the reader
    people, which keeps the tie as surely as asking to be kept in mind."""
    for t in tokens_in(sent):
        if t.lemma_.lower() not in _DOOR["referral_verbs"] or t.pos_ != "VERB" or negated_in_clause_chain(t):
            continue
        subject = subject_of(t)
        if subject is None or subject.lower_ not in ("i", "we"):
            continue
        offered = any(c.lower_ in ("could", "can", "would", "'d", "’d", "will", "'ll", "’ll") for c in t.children) or (
            t.dep_ == "xcomp" and t.head.lemma_.lower() in _HOPEFUL
        )
        touch = t.lemma_.lower() == "put" and any(w.lower_ == "touch" for w in t.subtree)
        people = any(w.lower_ in _DOOR["referred"] for w in t.subtree if w.i != t.i)
        if offered and (touch or (people and t.lemma_.lower() != "put")):
            return True
    return False


def _would(word: Token) -> bool:
    """A welcome put as what the sender would do, not what they would have done: "I would
    be glad to work with you", "I would welcome opportunities to collaborate"."""
    holders = [word, word.head] if word.dep_ in ("acomp", "xcomp", "dobj") else [word]
    auxes = {c.lower_ for h in holders for c in h.children if c.dep_ == "aux"}
    # "I shall remain appreciative of any prospective communication": the formal future.
    return bool(auxes & {"would", "'d", "’d", "shall"}) and "have" not in auxes


def _keeps_watching(sent: Span) -> bool:
    """The sender will keep an eye on their openings: "your vacancies will be the first I
    look at", "I will keep watching your postings", "a future cohort of the scheme"."""
    theirs = [t for t in sent if t.lower_ in _THEIR_OPENINGS]  # plural forms are listed too
    said_of = {c.lower_ for t in theirs for c in t.children}
    if said_of & {"future", "next"}:
        return True  # "a future cohort of the scheme"
    if "your" not in said_of:
        return False
    return any(
        t.lemma_.lower() in _KEEPING_WATCH and t.tag_ != "VBD" and is_first_person(subject_of(t))
        for t in tokens_in(sent)
    )


def opens_sentence(sent: Span) -> bool:
    """The whole sentence keeps future contact possible (see above)."""
    if _offers_referral(sent):
        return True
    if _keeps_watching(sent) and not any(t.lower_ in ("no", "not", "n't", "never", "nothing") for t in sent):
        return True  # ("I have no interest in future openings with the trust" shuts it)
    welcome = _welcomed(sent)
    if welcome is None:
        return False
    # "I would be glad to work with you": what the sender would welcome is ahead by its
    # mood, with no time word needed.
    if not _looks_ahead(sent):
        if not _would(welcome):
            return False
        # No time word: the welcome is ahead by its mood alone, so what it welcomes must
        # itself reach the reader ("I'd be glad to work with you"), not the sender's plans
        # elsewhere ("so I'd really like to see it through").
        if not _reaches_reader(sent.doc[welcome.left_edge.i : welcome.right_edge.i + 1]):
            return False
    if welcome.lemma_.lower() in _DOOR["parting_words"]:
        # Its negation is the point, and a parting is always between the two of them: "not
        # losing touch", "I hope this is not goodbye for good".
        return True
    if not _reaches_reader(sent):
        return False
    if negated_in_clause_chain(welcome):
        return False
    # A negated main clause denies the welcome only when the welcome is part of it: in
    # "It's not the right moment, but I'd be happy to talk next year" the welcome has a
    # clause and a subject of its own.
    own = next((a for a in (welcome, *welcome.ancestors) if a.dep_ == "conj" and _has_subject(a)), None)
    return own is not None or not negated_in_clause_chain(sent.root)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def shuts_sentence(sent: Span) -> bool:
    """Contact refused: "please stop sending me job alerts", "I have no intention of
    reapplying", "I will not be considering any roles with your group going forward"."""
    for t in tokens_in(sent):
        # The part of speech first: it is cheaper than the stems _names tries.
        if t.pos_ not in ("VERB", "NOUN") or not _names(t, _DOOR["refused_acts"]):
            continue
        if _told_as_past(t):
            continue  # "I hadn't heard back about funding": what did not happen, not a refusal
        if t.pos_ == "NOUN" and (
            any(c.dep_ == "nummod" for c in t.children)
            or (t.dep_ == "pobj" and t.head.lower_ in ("after", "before", "since", "during", "following"))
        ):
            continue  # "after three calls": past contact counted, not contact refused
        if (_negated_here(t) or any(_refuses(a) for a in (t, *list(t.ancestors)[:3]))) and any(
            w.lower_ in _DOOR["refused_whom"] for w in tokens_in(sent)
        ):
            return True
    return False


def _told_as_past(verb: Token) -> bool:
    """ "hadn't heard", "didn't hear", "never heard": a refusal speaks of what is to come."""
    if verb.pos_ != "VERB" or any(t.lower_ in ("rather", "wish") for t in verb.sent):
        return False  # "I'd rather you didn't reach out": a past form that asks for the future
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(auxes & {"had", "did", "'d", "’d"}) and not auxes & {"will", "would", "shall"} or (
        verb.tag_ == "VBD" and not auxes
    )


def _negated_here(act: Token) -> bool:
    """Negation of the act itself or of the verbs it completes ("do not wish to rejoin"),
    not of a clause it sits in: in "the emails I sent were never answered" nobody refuses
    to send anything."""
    current = act
    for _ in range(6):
        if is_litotes(current):
            return False
        if has_negation_child(current) or any(c.lower_ == "never" for c in current.children):
            return True
        if current.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "acomp" and c.lemma_.lower() in _DOOR["wanted"] for c in current.head.children
        ):
            # "Future approaches from your team will not be welcome."
            current = current.head
            continue
        if current.dep_ not in _WITHIN_ACT or current.head is current:
            return False
        current = current.head
    return False


#: Links that keep to the act's own phrase: "do not wish [to rejoin]", "[send] me alerts".
_WITHIN_ACT = frozenset({"xcomp", "aux", "prt", "pcomp", "prep", "pobj", "dobj", "acomp"})


def _names(token: Token, words: frozenset[str]) -> bool:
    """The token is one of these words. The lemmatiser misses some rarer verbs
    ("reapplying" -> "reapplye"), so the plain stem counts too."""
    if token.lemma_.lower() in words:
        return True
    low = token.lower_
    return any(low.endswith(end) and low[: -len(end)] in words for end in ("ing", "ed", "s"))


def _refuses(word: Token) -> bool:
    """ "stop", "refrain", "no intention", "my final communication"."""
    lemma = word.lemma_.lower()
    if lemma in _DOOR["refusing_verbs"]:
        return True
    if lemma in _WANTS:
        return any(c.lower_ == "no" for c in word.children) or negated_in_clause_chain(word)
    return lemma in _DOOR["refused_acts"] and any(c.lower_ == "final" for c in word.children)


def refuses_contact(token: Token) -> bool:
    """A negated opener that refuses contact itself ("I don't want to stay in touch", "do
    not contact me again"), not a plan that is merely not possible now ("I cannot commit
    to a new position yet")."""
    lemma = token.lemma_.lower()
    return _in_touch(token) or _names(token, _DOOR["reach_verbs"]) or lemma in _LATER_WORDS or lemma in ("path", "door")

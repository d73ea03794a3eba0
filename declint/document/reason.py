"""The reason in a decline: which sentences explain why, and how many words they take.

A reason is a clause about the sender's own situation ("I have accepted another offer",
"my partner's job is moving us to Leeds") or anything given as a cause ("because",
"as", "since", "due to"). Courtesies (thanks, hopes, interest in the team) and the bare
decision are not reasons. Where a sentence gives its reason in a causal clause ("I have
decided to stay, as I have accepted a counter-offer"), only that clause is the reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from declint.document.knowledge import data_file, knowledge
from declint.nlp.grammar import is_first_person, subject_of
from declint.nlp.present import tokens_in

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Word lists, from reason.toml beside this module.
_DATA = data_file("reason.toml")

# Predicates that carry the email's courtesies or the decision itself, not its reason, and
# verbs of attention that are courtesies when turned to the reader ("I enjoyed reading your
# blog") but can tell the sender's own story ("I have been looking at schools").
_COURTESY = knowledge().courtesy_predicates
_ATTENTION = knowledge().attention_verbs
_GROVEL = knowledge().grovel_words
# "I would like to withdraw" is a courtesy; "I like my current team" is a reason.
_MODAL_COURTESY = frozenset(_DATA["modal_courtesy"])
# What the job is like, which carries a reason on: "the role seems to be mostly on call".
_JOB_FEATURES = frozenset(_DATA["job_features"])
_AS_MEASURES = frozenset(_DATA["as_measures"])
_CAUSAL_WORDS = frozenset(_DATA["causal_words"])
_DECISION_NOUNS = frozenset(_DATA["decision_nouns"])
_REASSURANCE_NOUNS = frozenset(_DATA["reassurance_nouns"])
# Help offered to the reader: "I can refer a colleague", "I could share references".
_OFFER_VERBS = frozenset(_DATA["offer_verbs"])
_OWN_NEWS = frozenset(_DATA["own_news"])
# The hiring's own business: "the interview had been set for Tuesday" carries no reason on.
_HIRING_THINGS = frozenset(_DATA["hiring_things"])
# Verbs of news told to the sender: "my consultant has told me to avoid office work".
_TOLD = frozenset(_DATA["told"])
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "xcomp"})


def has_causal_marker(sent: Span) -> bool:
    for t in tokens_in(sent):
        low = t.lower_
        if low in _CAUSAL_WORDS or t.lemma_.lower() in _CAUSAL_WORDS:
            return True
        if low in ("since", "as") and t.dep_ == "mark" and t.head.pos_ in ("VERB", "AUX"):
            return True
        if low == "given" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "that":
            return True
    return False


def _predicate(verb: Token) -> Token:
    """The word that carries a clause's meaning: "grateful" in "I am grateful"."""
    if verb.lemma_.lower() == "be":
        for child in verb.children:
            if child.dep_ in ("acomp", "attr"):
                return child
    return verb


def _theirs(noun: Token) -> bool:
    """ "you", "your blog", "your studio's work": the reader's, through any chain of owners."""
    if noun.lower_ in ("you", "yours"):
        return True
    return any(c.dep_ == "poss" and (c.lower_ == "your" or _theirs(c)) for c in noun.children)


def _admires_them(pred: Token) -> bool:
    """ "I have been a fan of your work", "I am a regular reader of your blog": a noun that
    says what the sender is to them is interest in the team, not a reason."""
    return pred.dep_ == "attr" and any(
        c.dep_ == "prep" and c.lower_ in ("of", "to") and any(_theirs(g) for g in c.children if g.dep_ == "pobj")
        for c in pred.children
    )


def _turned_to_them(verb: Token) -> bool:
    """ "look forward", "read your blog", "meet the team", "talk to you": attention paid to
    the reader, their people or their work."""
    if any(c.lower_ == "forward" for c in verb.children):
        return True
    for child in verb.children:
        targets = [child] if child.dep_ in ("dobj", "nsubjpass") else [
            g for g in child.children if g.dep_ == "pobj"
        ] if child.dep_ == "prep" else []
        for target in targets:
            if _theirs(target) or (
                target.lemma_.lower() in knowledge().their_things
                and any(d.lower_ in ("the", "your") for d in target.children)
            ):
                return True
    return False


def _is_courtesy_clause(verb: Token) -> bool:
    pred = _predicate(verb)
    lemma = pred.lemma_.lower()
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "out") for c in pred.children):
        return False  # "my grandmother passed away": a particle makes it another verb
    if lemma in ("receive", "get") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _OWN_NEWS and not _theirs(c) for c in pred.children
    ):
        return False  # "I have received an offer from another firm": the sender's news
    if lemma in _TOLD and any(
        c.dep_ in ("dobj", "dative") and c.lower_ in ("me", "us") for c in pred.children
    ):
        return False  # "my consultant has told me to avoid office work": news told to the sender
    if lemma in _COURTESY or _admires_them(pred):
        return True
    if lemma in _ATTENTION:
        return _turned_to_them(pred)
    if lemma in _GROVEL or (lemma == "feel" and any(c.lemma_.lower() in _GROVEL for c in pred.children)):
        return True  # "I feel terrible about this" apologises; it explains nothing
    if lemma in _MODAL_COURTESY and any(c.lower_ in ("would", "'d", "’d") for c in pred.children):
        return True
    return any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _COURTESY for c in pred.children
    )


def _sheltered(verb: Token) -> bool:
    """Inside a relative or conditional clause: "anything else I can do", "if I can help"."""
    current = verb
    for _ in range(12):
        if current.dep_ in ("relcl", "acl", "pcomp"):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in current.children):
            return True
        head = current.head
        # spaCy makes a new Token for each .head: ``is`` alone never finds a parsed root,
        # and the walk would ask the root the same questions until the count ran out.
        if head is current or head.i == current.i:
            return False
        current = head
    return False


def _is_personal_statement(sent: Span) -> bool:
    """A clause about the sender's own situation: "I have accepted ...", "My plans changed"."""
    if sent[0].lower_ == "please":
        return False
    for verb in tokens_in(sent):
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in _CLAUSE_DEPS:
            continue
        if verb.pos_ == "AUX" and verb.dep_ != "ROOT" and verb.lemma_.lower() != "be":
            continue
        subject = subject_of(verb)
        if subject is None or not (is_first_person(subject) or _senders_through_owners(subject)):
            continue
        if _sheltered(verb) or _is_courtesy_clause(verb):
            continue
        if verb.dep_ == "xcomp" and verb.head is not verb and (
            verb.head.lemma_.lower() in _COURTESY or _is_courtesy_clause(verb.head)
        ):
            continue  # "I was delighted to be shortlisted"; what is said ("... say that I got
            # into another school") is still the sender's own news
        if _offers_help(verb):
            continue
        return True
    return False


def _offers_help(verb: Token) -> bool:
    """ "If it helps, I can refer a former colleague", "I could share two references":
    help offered to the reader, not a reason for declining."""
    if verb.lemma_.lower() not in _OFFER_VERBS:
        return False
    modals = ("can", "could", "would", "'d", "’d", "will", "'ll", "’ll")
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def causal_clause(sent: Span) -> list[Token] | None:
    """The tokens of the clause a sentence gives as its cause, if it names one:
    "..., as I have accepted a counter-offer" -> "as I have accepted a counter-offer"."""
    for t in tokens_in(sent):
        low = t.lower_
        if low == "as" and t.i > 0 and t.doc[t.i - 1].lower_ in _AS_MEASURES:
            continue  # "as soon as I could", "as long as I can": time or measure, not a cause
        if low in ("because", "since", "as") and t.dep_ == "mark" and t.head.pos_ in ("VERB", "AUX"):
            # The cause starts at its marker, whatever the parse hangs it on ("I am writing
            # to withdraw ..., as this evening I accepted ..." may hang "as" on "writing").
            clause = [w for w in t.head.subtree if w.i >= t.i]
            return _to_the_turn(_with_added_causes(clause, t.head.head), sent)
        if low in ("due", "owing") and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            return [t, *t.doc[t.i + 1].subtree] if t.doc[t.i + 1].head.i == t.i else list(t.subtree)
        if low == "because" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "of":
            return [t, *t.doc[t.i + 1].subtree]
        if low == "given" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "that":
            return list(t.subtree)
    return None


def _to_the_turn(clause: list[Token], sent: Span) -> list[Token]:
    """A cause told as a list goes on to the sentence's end, whatever the parse made of it:
    "because my wife has a job up north, our landlord wants the flat back, and my shop has
    moved me onto days". It stops at a turn ("but", "so", "however") or a courtesy ("and I
    wish you well")."""
    doc = sent.doc
    end = clause[-1].i
    if end + 1 >= sent.end or doc[end + 1].text not in (",", ";"):
        return clause
    last = end
    for j in range(end + 1, sent.end):
        token = doc[j]
        if token.lower_ in _TURNS or token.lower_ in ("so", "yet", "though", "although", "whereas"):
            break
        if token.pos_ in ("VERB", "AUX") and _is_courtesy_clause(token):
            subject = [c.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            last = min([*subject, j]) - 1
            break
        last = j
    while last > end and not (doc[last].is_alpha or doc[last].like_num):
        last -= 1
    return list(doc[clause[0].i : last + 1])


def _with_added_causes(clause: list[Token], main: Token) -> list[Token]:
    """The cause goes on past its clause when the parse joins more of it to the main verb
    with "and": in "I must withdraw since the role is office-based, and I live ninety
    kilometres away" the second clause is cause too. A turn ("but", "so") ends it."""
    end = clause[-1].i
    last = end
    while main.dep_ == "xcomp" and main.head is not main:
        main = main.head  # "I have to withdraw since ...": the clauses join at "have"
    for child in main.children:
        if child.dep_ != "conj" or child.i <= end:
            continue
        # The "and" may hang on either conjunct.
        joined = [c for c in (*main.children, *child.children) if c.dep_ == "cc" and last < c.i < child.i]
        if not joined or any(c.lower_ != "and" for c in joined):
            break
        last = max(w.i for w in child.subtree)
    if last == end:
        return clause
    doc = main.doc
    return list(doc[clause[0].i : last + 1])


def about_the_decision(sent: Span) -> bool:
    """A remark on the decision itself, not on its cause: "I want to stress that this
    decision reflects no reservation about the department", "My decision was not easy",
    "It was a hard call, as your team impressed me"."""
    for t in tokens_in(sent):
        if t.lemma_.lower() not in _DECISION_NOUNS or t.head.pos_ not in ("VERB", "AUX"):
            continue
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
        if t.dep_ == "attr" and any(
            c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "this", "that") for c in t.head.children
        ):
            return True
    return False


def _reassures(sent: Span) -> bool:
    """ "This is no reflection on your company", "it is not a criticism of the team"."""
    return any(
        t.lemma_.lower() in _REASSURANCE_NOUNS
        and t.dep_ == "attr"
        and (any(c.lower_ == "no" for c in t.children) or any(c.dep_ == "neg" for c in t.head.children))
        for t in tokens_in(sent)
    )


def is_reason(sent: Span, *, about: bool | None = None) -> bool:
    """Does this sentence explain why (a cause given, or the sender's own situation)?
    ``about`` is ``about_the_decision(sent)`` when the caller has it already."""
    if sum(1 for t in tokens_in(sent) if t.is_alpha) < 3:
        return False
    if has_causal_marker(sent):
        return True
    if _reassures(sent):
        return False
    return _is_personal_statement(sent) and not (about_the_decision(sent) if about is None else about)


def _senders_through_owners(noun: Token) -> bool:
    """ "my mother's dementia", "my partner's new job": the sender's, two owners up."""
    for child in noun.children:
        if child.dep_ == "poss" and (is_first_person(child) or _senders_through_owners(child)):
            return True
    return False


#: Words that turn away from what came before: the reason has ended.
_TURNS = frozenset(_DATA["turns"])
#: Words that add to what came before: the reason goes on.
_ADDITIONS = frozenset(_DATA["additions"])
_ADDITION_PHRASES = tuple(tuple(p.split()) for p in _DATA["addition_phrases"])


def opens_with_addition(sent: Span) -> bool:
    """ "Also, ...", "Further, ...", "In addition, ...", "On top of that, ...": the sentence
    adds to what came before."""
    words = [t.lower_ for t in sent[:5]]
    return bool(words) and (words[0] in _ADDITIONS or any(tuple(words[: len(p)]) == p for p in _ADDITION_PHRASES))


def _adds_on(sent: Span) -> bool:
    """The sentence opens by adding to the one before ("Also, ...", "In addition, ...",
    "The role also gives me ...") and speaks of the sender ("me", "my")."""
    opens = opens_with_addition(sent)
    also = any(t.lower_ == "also" and t.head.i == sent.root.i for t in sent)
    return (opens or also) and any(is_first_person(t) for t in sent if t.pos_ in ("PRON", "NOUN", "PROPN"))


def _plain_statement(sent: Span, about: bool | None) -> bool:
    """A statement of three words or more, not a question, built on a verb that is no
    courtesy or offer of help, and no remark on the decision itself."""
    if sum(1 for t in tokens_in(sent) if t.is_alpha) < 3 or sent.text.rstrip().endswith("?"):
        return False
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or _is_courtesy_clause(root) or _offers_help(root):
        return False
    return not (about_the_decision(sent) if about is None else about)


def is_situation(sent: Span, *, about: bool | None = None) -> bool:
    """A plain statement about the sender's circumstances that may carry a reason on from
    the sentence before: "The commute would take two hours.", "My children start school
    there in May." Not a question, a request, a turn ("However, ..."), or news about the
    reader or a third party ("Mozilla is hiring"). ``about`` as for ``is_reason``."""
    return _plain_statement(sent, about) and _situation(sent)


def _situation(sent: Span) -> bool:
    """:func:`is_situation`, for a sentence already found a plain statement."""
    if sent[0].lower_ in _TURNS or (len(sent) > 2 and f"{sent[0].lower_} {sent[1].lower_}" == "that said"):
        return False
    root = sent.root
    if _adds_on(sent):
        return True  # "Also, they have agreed to sponsor my exams": one more reason
    subject = subject_of(root)
    if subject is None:
        # "Leaving before then would put the launch at risk": the sender's own act, named
        # as a clause, and what it would do. Otherwise an imperative: a request.
        act = next((c for c in root.children if c.dep_ == "csubj"), None)
        return act is not None and all(
            is_first_person(s) for s in act.children if s.dep_ in ("nsubj", "nsubjpass")
        )
    if is_first_person(subject) or _senders_through_owners(subject):
        return True
    if not _theirs(subject) and subject.lower_ not in ("it", "this", "that") and any(
        c.dep_ in ("dobj", "dative") and c.lower_ in ("me", "us") for c in root.children
    ):
        # "The county team, where I have been on contract, has offered me a permanent post":
        # what others do for the sender is the sender's story ("you" and "your team" are not).
        return True
    if subject.lower_ in ("he", "she", "they") and subject.dep_ in ("nsubj", "nsubjpass"):
        # The story goes on about someone it named ("My mother's dementia has got worse.
        # She now forgets to eat."): only ever asked of a sentence inside a reason.
        return True
    if subject.lower_ in ("that", "this") and subject.dep_ == "nsubj" and not any(t.lower_ == "why" for t in sent):
        # "That gives me enough steady work": what was just said, carried on; "That is why
        # I must decline" states the decision.
        return True
    # A circumstance with no owner named ("the commute", "the move"), but never the reader
    # ("you", "your team", "the team"), a named organisation or person, or a pronoun that
    # points back at something said ("It was a hard decision").
    if subject.pos_ in ("PROPN", "PRON"):
        return False
    if subject.lemma_.lower() in knowledge().their_things and subject.lemma_.lower() not in _JOB_FEATURES:
        return False  # "the team is lovely" is about them; "the role is mostly nights" is a reason
    # A name in the subject itself makes it someone's ("Mozilla", "the Acme team"); one
    # further down only says where ("the commute from my home in Hosur to your plant").
    return not any(c.dep_ == "poss" for c in subject.children) and not any(
        c.pos_ == "PROPN" and c.dep_ in ("compound", "nmod", "appos") for c in subject.children
    )


def goes_on(sent: Span, *, about: bool | None = None) -> bool:
    """A plain statement that carries a story on once it has begun, whoever it is about:
    "They were looking for someone to help launch a new list.", "It includes a move to
    Director, a company car and a sabbatical.", "The team is small, about six engineers."
    Besides what :func:`is_situation` allows, never one that speaks to the reader ("your",
    "you"), a question, a remark on the
    decision, a courtesy, or a turn that is not about the sender ("However, the team
    seemed lovely"). ``about`` as for ``is_reason``."""
    if not _plain_statement(sent, about):
        return False
    if _situation(sent):
        return True  # "Apart from this, the commute to your Chennai plant would take me two hours"
    if any(t.lower_ in ("you", "your", "yours", "y'all") for t in tokens_in(sent)):
        return False
    root = sent.root
    subject = subject_of(root)
    if subject is None and not any(c.dep_ == "csubj" for c in root.children):
        return False  # an imperative: a request
    if subject is not None and (
        subject.lemma_.lower() in _HIRING_THINGS
        or any(c.lemma_.lower() in _HIRING_THINGS for c in subject.children if c.dep_ == "compound")
    ):
        return False  # "The interview had been set for Tuesday": the hiring's own business
    if sent[0].lower_ in _TURNS:
        return _is_personal_statement(sent)  # "But I have realised I want a single site"
    return True


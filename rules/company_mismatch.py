"""Rule ``company-mismatch``: the draft names one employer for the role it declines."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from declint.document.email import EmailDocument
from declint.document.moves import Move, moves_of
from declint.nlp.grammar import is_first_person, is_negated, subject_of
from declint.nlp.usage import usage
from declint.ruleapi.base import Finding, Rule, RuleOptions
from declint.ruleapi.data import rule_data
from declint.text.names import fold, person_name
from declint.text.parts import ATTRIBUTION_LINE
from declint.text.vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

_DATA = rule_data("company_mismatch")
# Nouns for the thing being declined: "the analyst role at ACME", "ACME's hiring process".
_ROLE_NOUNS = frozenset(_DATA["role_nouns"])
# Verbs that tie an org to the interview directly: "to interview with ACME".
_MEETING_VERBS = frozenset(_DATA["meeting_verbs"])
# Verbs of moving on: "I have accepted a position at Globex" names the other employer.
_MOVING_ON = frozenset(_DATA["moving_on_verbs"])
# Nouns that put a moving-on verb inside the invitation: "the opportunity to join ACME".
_INVITATION_NOUNS = frozenset(_DATA["invitation_nouns"])
_INVITATION_VERBS = frozenset(_DATA["invitation_verbs"])
# Verbs of a wish or a return that name the employer: "wish ACME well", "apply to ACME again".
_WISH_VERBS = frozenset(_DATA["wish_verbs"])
_RETURN_VERBS = frozenset(_DATA["return_verbs"])
# The sender's own job, past or next: "my current role at Globex", "a new position at Globex".
_OWN_JOB_MODIFIERS = frozenset(_DATA["own_job_modifiers"])
# The sender's own job ("my current role", "our team") is never the employer declined.
_JOB_NOUNS = vocabulary().job_nouns | {"team"}
_SUFFIXES = vocabulary().company_suffixes | {"the", "'s"}
# Words that end a company's name, in a quoted invitation's signature.
_COMPANY_WORDS = vocabulary().company_suffixes | frozenset(_DATA["company_words"])
_INTEREST_NOUNS = frozenset(_DATA["interest_nouns"])
_EMPLOYER_PARTS = frozenset(_DATA["employer_parts"])
_ASPIRATIONS = frozenset(_DATA["aspirations"])
_JOINING_VERBS = frozenset(_DATA["joining_verbs"])
_GREETING_GROUPS = frozenset(_DATA["greeting_groups"])
_GREETING_DEPARTMENTS = frozenset(_DATA["greeting_departments"])
_OWN_EMPLOYER_NOUNS = frozenset(_DATA["own_employer_nouns"])
_HOPING = frozenset(_DATA["hoping"])
_UNIT_WORDS = frozenset(_DATA["unit_words"])
_EMPLOYER_PLACES = frozenset(_DATA["employer_places"])
_JOB_TITLES = frozenset(_DATA["job_titles"])
#: What the sender does with their own work: "lead the programme", "finish the project".
_OWN_WORK = frozenset({"lead", "run", "manage", "deliver", "finish", "complete", "head", "oversee", "coordinate"})
_OWNED_NOUNS = frozenset(_DATA["owned_nouns"])
# Verbs and words of their having considered the sender, and who there did it.
_CONSIDER_VERBS = frozenset(_DATA["consider_verbs"])
_GRATEFUL = frozenset(_DATA["grateful"])
_THEIR_STAFF = frozenset(_DATA["their_staff"])
_CONSIDERATION_NOUNS = frozenset(_DATA["consideration_nouns"])
_AGENCY_WORDS = frozenset(_DATA["agency_words"])
_EVENT_WORDS = frozenset(_DATA["event_words"])
# The sender's own application to an employer: "my candidacy for Northfield Logistics".
_APPLYING_NOUNS = frozenset(_DATA["applying_nouns"])
_THANKING = frozenset(_DATA["thanking"])
# Verbs of a role appearing somewhere: "if a post comes up at Harlow".
_OPENING_VERBS = frozenset(_DATA["opening_verbs"])
# Who a wish may be for, at an organisation: "I wish everyone at St. Kieran's the best".
_EVERYONE = frozenset(_DATA["everyone"])
_LEARNING_VERBS = frozenset(_DATA["learning_verbs"])
_ANONYMOUS_DOMAINS = frozenset(_DATA["anonymous_domains"])
_NOT_ORGS = frozenset({"PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})
#: The label of every word in the counting pass, which reads no entities: unknown, so
#: anything may be an organisation ("" is a word the recogniser read as no entity).
_UNREAD = "?"


@dataclass(frozen=True)
class CompanyMismatchOptions(RuleOptions):
    #: Names that are never the employer: where a role is advertised ("the role at LinkedIn"),
    #: or a recruiting agency. Compared with the first word, case and accents folded.
    not_employers: tuple[str, ...] = tuple(_DATA["not_employers"])


@dataclass(frozen=True)
class _Mention:
    key: str
    text: str
    start: int
    end: int
    #: Named as the employer the sender admires or learned about ("the Quillon culture"),
    #: not only as where a role is: an agency's client is named for the role, never for this.
    interest: bool = False
    #: Named in a door left open or a wish ("I would be glad to work with Harbour Talent
    #: again"): the sender's tie to whoever they write to, which may be an agency.
    ahead: bool = False
    #: Named as the owner of what is admired ("Carrow University's culture"): a partner or
    #: a client is praised for its work, not for its culture, so this counts as the employer.
    owner: bool = False
    #: Found only because entity labels were not read (the counting pass): the mention
    #: must be read again with them before it is reported.
    unlabelled: bool = False


def _chunk(head: Token) -> list[Token]:
    """The org's words: the head and the capitalised words before it that belong to it,
    compounds and possessives alike ("Umbrella Corp.", "St. Anne's Children's Hospital")."""
    words = [head]
    doc = head.doc
    span = {w.i for w in head.subtree}
    i = head.i - 1
    while i >= head.sent.start:
        token = doc[i]
        inside = {w.i for w in words}
        if token.lower_ in ("'s", "’s") and token.head.i in inside | {i - 1}:
            words.insert(0, token)
        elif token.text[:1].isupper() and token.dep_ in ("compound", "poss") and token.head.i in inside:
            words.insert(0, token)
        elif token.text[:1].isupper() and token.text.endswith(".") and len(token.text) <= 4 and token.head.i in inside:
            words.insert(0, token)  # "St.", "Mt."
        elif (token.text == "&" or (token.text[:1].isupper() and token.pos_ == "PROPN")) and token.i in span:
            words.insert(0, token)  # "Hoffmann & Reuter GmbH": partners joined in one name
        else:
            break
        i -= 1
    # "the University of Wexbridge", "the Bank of Ireland": a name that goes on after "of".
    j = head.i + 1
    if j + 1 < head.sent.end and doc[j].lower_ == "of" and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper():
        words.append(doc[j])
        j += 1
        while j < head.sent.end and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            words.append(doc[j])
            j += 1
    return words


def _key(text: str) -> str:
    words = [fold(w) for w in text.replace("’", "'").replace("'s", " ").split()]
    words = [w for w in words if w and w not in _SUFFIXES]
    return " ".join(words)


def _moving_on(token: Token, depth: int = 0) -> bool:
    """Is ``token`` (a role noun or a verb) part of the sender's move elsewhere?"""
    verb: Token | None = token
    for _ in range(4):
        if verb is None or verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head if verb.head is not verb else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _JOINING_VERBS and _lost_chance(verb):
        return False
    subject = subject_of(verb)
    if subject is not None and subject.dep_ == "nsubj" and not is_first_person(subject):
        return False  # "I hope Gifford Transport's recruitment goes well": not the sender's move
    past_meeting = lemma in _MEETING_VERBS and verb.tag_ == "VBD"
    if lemma not in _MOVING_ON and not past_meeting:
        return False
    if is_negated(verb, through_clauses=False):
        return False
    head = verb.head
    if head.pos_ == "ADP" and head.head is not head:
        head = head.head  # "the prospect of working at ACME": look past the preposition
    if verb.dep_ in ("acl", "xcomp", "relcl", "pcomp", "advcl") and head is not verb and depth < 3:
        head_lemma = head.lemma_.lower()
        if head_lemma in _INVITATION_NOUNS:
            # "the opportunity to join ACME" ties ACME, unless the offer itself was accepted.
            return _moving_on(head, depth + 1) if head.pos_ != "VERB" else False
        if head_lemma in _INVITATION_VERBS:
            return False
    return True


def _lost_chance(verb: Token) -> bool:
    """Joining told as the chance given up, not a move elsewhere: "joining Kallang would
    have been a good step", "I was looking forward to joining X", "I was keen to contribute
    to X". "I am excited to be joining Y" is the move itself."""
    node = verb
    for _ in range(4):
        auxes = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
        if "have" in auxes and auxes & {"would", "'d", "’d", "could", "might"}:
            return True
        if node.dep_ == "csubj":
            return True  # "working for X would have been ..."
        if node.lemma_.lower() in _ASPIRATIONS and _past(node):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _past(word: Token) -> bool:
    """ "was looking forward", "I was keen", "had hoped"."""
    if word.tag_ == "VBD":
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("was", "were", "had") for c in word.children):
        return True
    return word.dep_ in ("acomp", "attr") and word.head.tag_ == "VBD"


def _role_noun(noun: Token) -> bool:
    """A noun for the declined role, not the sender's own job ("my current role at Globex")."""
    lemma = noun.lemma_.lower()
    if lemma not in _ROLE_NOUNS:
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _OWN_WORK and is_first_person(subject_of(noun.head)):
        return False  # "my firm has asked me to lead the Rhône Retail programme": the sender's work
    mods = {c.lower_ for c in noun.children if c.dep_ in ("poss", "amod", "det")}
    if mods & _OWN_JOB_MODIFIERS:
        return False
    if mods & {"my", "our"} and lemma in _JOB_NOUNS:
        return False
    if lemma == "team":
        # "your team at ACME", "join the team at ACME", "I wish you and the team at ACME
        # well"; not "the team at Globex made me an offer" (the team doing something).
        if "your" in mods or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("join", "meet")):
            return True
        if "the" in mods and noun.dep_ == "nsubj" and noun.head.lemma_.lower() not in _WELCOMING_VERBS:
            return True  # "how fast the team at Jambo Skylink responded to my application"
        return "the" in mods and noun.dep_ in ("conj", "dobj", "dative", "pobj")
    return True


#: What a new employer's team does for the sender: "the team at Globex made me an offer".
_WELCOMING_VERBS = frozenset({"offer", "make", "hire", "welcome", "accept", "give", "take", "choose", "select"})


def _consideration(org: Token, entity_type: Callable[[Token], str]) -> Token | None:
    """What ties an org to the employer by its having considered the sender: "to be
    considered by the University of Dundee", "thankful to Suryaprakash Infotech for
    considering my profile", "thank everyone at Mulligan's", "the hiring manager at Tallis
    Brewing", "the NHS Tayside recruitment panel", "Brightside Homes' consideration"."""
    named = _named_thing(org)
    if named is not None and named.i > org.i + 1 and named.lower_ in _THEIR_STAFF and _thanked(named):
        # "the Quillbird hiring team": a name before a firm's own team, whatever label
        # the small recogniser gives it.
        return named
    if entity_type(org) == "PERSON":
        return None
    head = org.head
    if org.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in _CONSIDER_VERBS:
        return head.head
    if org.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in _GRATEFUL:
        return head.head
    if org.dep_ in ("dobj",) and head.lemma_.lower() == "thank":
        return head
    if org.dep_ == "pobj" and head.lower_ in ("at", "of") and head.head.lower_ in _THEIR_STAFF:
        # "everyone at Mulligan's", "the hiring manager at Tallis", "the Fellows of Bramwell",
        # when they are thanked or thanks are passed to them.
        staff = head.head
        if _thanked(staff):
            return staff
    if (
        org.dep_ == "pobj"
        and head.lower_ == "at"
        and head.head.lemma_.lower() in _THANKING
        and any(c.dep_ == "dobj" and c.lower_ in _THEIR_STAFF for c in head.head.children)
    ):
        return head.head  # "thank everyone at Mulligan's", with "at" hung on the verb
    if org.dep_ in ("poss", "compound") and head.lemma_.lower() in _CONSIDERATION_NOUNS:
        return head  # "Brightside Homes' consideration", "the NHS Tayside recruitment panel"
    if named is not None and named.lower_ in _THEIR_STAFF | _CONSIDERATION_NOUNS and _thanked(named):
        return named  # "please pass my thanks to the Apex Chemists team", "the Flutterbird hiring team"
    if org.dep_ == "nsubj" and head.dep_ == "relcl" and head.head.lemma_.lower() in _CONSIDERATION_NOUNS:
        return head  # "the interest Royal Ashgrove Infirmary has shown in me"
    wished = any(c.lemma_.lower() in ("success", "luck", "well") for c in head.children) and any(
        a.lemma_.lower() in ("hope", "wish", "trust") for a in list(head.ancestors)[:2]
    )
    if org.dep_ == "nsubj" and wished:
        return head  # "I hope Barlow & Sons has every success this season"
    return None


def _thanked(staff: Token) -> bool:
    """Thanked, or thanks passed on to them: "please thank everyone at X", "convey my
    thanks to everyone at X"."""
    ancestors = list(staff.ancestors)[:3]
    return any(a.lemma_.lower() in _THANKING for a in ancestors) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("thank", "thanks", "gratitude", "appreciation")
        for a in ancestors
        for c in a.children
    )


def _interest_anchor(org: Token) -> Token | None:
    """What ties an org to the employer by admiration or interest: "Quillon's culture",
    "the Quillon design culture", "learning about Harbourline Freight"."""
    if org.dep_ in ("poss", "compound"):
        noun = org.head
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head
        if noun.lemma_.lower() in _INTEREST_NOUNS:
            return noun
    # The parse may hang "the Quillon design culture" elsewhere; the words themselves say it:
    # the org, then nouns up to an interest noun ("design culture").
    doc = org.doc
    for j in range(org.i + 1, min(org.i + 4, len(doc))):
        nxt = doc[j]
        if nxt.lower_ in ("'s", "’s"):
            continue
        if nxt.lemma_.lower() in _INTEREST_NOUNS and nxt.pos_ in ("NOUN", "PROPN"):
            return nxt
        if nxt.pos_ != "NOUN" or nxt.text[:1].isupper():
            break
    if org.dep_ == "pobj" and org.head.lower_ == "at":
        noun = org.head.head
        yours = any(c.dep_ == "poss" and c.lower_ == "your" for c in noun.children)
        if noun.lemma_.lower() in _INTEREST_NOUNS and yours:
            return noun  # "I have followed your work at the Harland Research Centre"
    if (
        org.dep_ == "poss"
        and org.head.lemma_.lower() in _INTEREST_NOUNS
        and org.head.dep_ == "pobj"
        and org.head.head.lower_ == "about"
    ):
        # "what I read about Westhaven Borough Council's regeneration plans"
        verb = org.head.head.head
        if verb.lemma_.lower() in _LEARNING_VERBS and not is_negated(verb, through_clauses=False):
            return verb
    if org.dep_ == "pobj" and org.head.lower_ == "about":
        verb = org.head.head
        if verb.lemma_.lower() in _LEARNING_VERBS and not is_negated(verb, through_clauses=False):
            return verb
    return None


def _named_thing(org: Token) -> Token | None:
    """The noun an org's name is said of, past the words between: "Harlow Tech's Site
    Reliability Engineer role", "the Roscommon Builders graduate programme", "Tampines
    Fabrication's Jurong plant"."""
    if org.dep_ not in ("poss", "compound", "nmod") and not (
        org.dep_ == "npadvmod" and fold(org.head.text) in _GREETING_DEPARTMENTS
    ):
        return None
    noun = org.head
    for _ in range(4):
        # "the Bluefinch Digital hiring team": "hiring" may be read as a verb between
        if noun.head.i == noun.i or not (
            noun.dep_ == "compound" or (noun.dep_ == "amod" and fold(noun.text) in _GREETING_DEPARTMENTS)
        ):
            break
        noun = noun.head
    return noun if noun.pos_ == "NOUN" else None


def _an_org(org: Token, entity_type: Callable[[Token], str], *, titled: bool = False) -> bool:
    """An organisation's name, not a job title written in capitals: a possessive ("Harlow
    Tech's"), or a name ending in a company word ("the Ashgrove Animal Hospital
    interview"). Before a role noun (``titled``) capitals are as often a title ("the Senior
    Nurse post", which the recogniser may call an organisation), so only those two count;
    before a place of theirs ("the Karoo Minerals family") an organisation's label does.
    The counting pass, without entity labels, lets every name through."""
    if org.dep_ == "poss":
        return entity_type(org) not in _NOT_ORGS
    if fold(org.text) in _COMPANY_WORDS:
        return True
    if titled:
        # Before a role noun, a name with a word no title has: "the Tembusu Pay position",
        # "the Malabar Finance interview"; "the Data Science role" is all common words.
        # An acronym ("CNM", "CDL") is as often a title or a licence, and a title's rare
        # word is its last ("Public Safety Telecommunicator"); a firm's is its first.
        words = [w for w in _chunk(org) if w.text[:1].isupper() and not w.text.isupper()]
        return (
            entity_type(org) in (_UNREAD, "ORG", "")
            and len(words) >= 2
            and any(usage().zipf(fold(w.text)) < _RARE_NAME for w in words[:-1])
        )
    return entity_type(org) in (_UNREAD, "ORG")


def _anchor(org: Token, entity_type: Callable[[Token], str]) -> Token | None:
    """The role noun or verb an org is tied to, or None when it is mentioned otherwise."""
    dep = org.dep_
    head = org.head
    if dep == "poss" and _role_noun(head) and entity_type(org) not in _NOT_ORGS:
        return head
    thing = _named_thing(org)
    if thing is not None and (
        (_role_noun(thing) and _an_org(org, entity_type, titled=True))
        or (
            thing.lemma_.lower() in _EMPLOYER_PARTS
            and _an_org(org, entity_type)
            # "the Furness site", "your Geelong office": a place of theirs, named by where
            # it is; "Fagbemi Associates' Lagos office" says whose.
            and (org.dep_ == "poss" or thing.lemma_.lower() not in _EMPLOYER_PLACES)
            and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in thing.children)
        )
    ):
        # "Harlow Tech's Site Reliability Engineer role", "the Ashgrove Animal Hospital
        # interview", "Fagbemi Associates' Lagos office".
        return thing
    considered = _consideration(org, entity_type)
    if considered is not None:
        return considered
    if dep == "dobj" and head.lemma_.lower() in ("join",):
        return head
    if dep == "appos" and head.lemma_.lower() == "client" and entity_type(org) != "PERSON":
        return head  # "putting me forward to your client, Lindqvist Marine": the employer
    if (
        dep == "appos"
        and head.lemma_.lower() in _OWN_EMPLOYER_NOUNS
        and any(c.dep_ == "poss" and c.lower_ == "your" for c in head.children)
    ):
        return head  # "I wish your esteemed organisation Narmada Buildcon all success"
    if (
        dep == "poss"
        and head.lemma_.lower() in ("offer", "invitation")
        and head.dep_ in ("pobj", "dobj")
        and entity_type(org) not in _NOT_ORGS
    ):
        # "after reflecting on Unity Trust Bank's offer of an interview"; "Ridgeline's offer
        # came through" is news of the next job, and an offer accepted is moved on to.
        return head
    if (
        dep == "pobj"
        and head.lower_ == "from"
        and head.head.lemma_.lower() == "hear"
        and any(_role_noun(w) for w in head.head.subtree if w.i > org.i)
    ):
        return head.head  # "glad to hear from Thornbury Homes about future vacancies"
    if dep in ("dobj", "dative") and head.lemma_.lower() in _WISH_VERBS:
        return head  # "I wish Westfell Council every success in filling the post"
    if (
        dep == "pobj"
        and head.lower_ in ("to", "for")
        and head.head.pos_ == "VERB"
        and head.head.lemma_.lower() in _RETURN_VERBS
    ):
        return head.head  # "I hope to apply to Ashgrove Housing again"
    if dep == "pobj" and head.lower_ == "at" and head.head.lower_ in _EVERYONE:
        # "I wish everyone at St. Kieran's College the very best" (the parse may make
        # "everyone" the subject of "the very best").
        wish = next((a for a in list(head.head.ancestors)[:2] if a.lemma_.lower() in _WISH_VERBS), None)
        if wish is not None:
            return wish
    if (
        dep == "pobj"
        and head.lower_ in ("to", "for")
        and head.head.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _APPLYING_NOUNS for c in head.head.children)
        and entity_type(org) != "PERSON"
    ):
        return head.head  # "please withdraw my application to Gulf Coast Electric" ("to" on the verb)
    applying = head.head.pos_ == "NOUN" and head.head.lemma_.lower() in _APPLYING_NOUNS
    if dep == "pobj" and head.lower_ in ("to", "for", "with") and applying and entity_type(org) != "PERSON":
        return head.head  # "withdraw my application to the Institute", "my candidacy for Northfield"
    if dep != "pobj" or head.lower_ not in ("at", "with"):
        return None
    if head.lower_ == "with" and entity_type(org) == "PERSON":
        return None  # "the interview with Tom" names a person
    anchor = head.head
    lemma = anchor.lemma_.lower()
    for _ in range(2):
        titled = anchor.head.lower_ in ("as", "of", "in", "for")
        if anchor.pos_ in ("NOUN", "PROPN") and not _role_noun(anchor) and titled:
            # "the position as process engineer at Brennan Kessler", "the lectureship in
            # medieval history at the University of Stirling": the title's own role noun.
            anchor = anchor.head.head
    if anchor.pos_ in ("NOUN", "PROPN"):
        return anchor if _role_noun(anchor) else None
    if anchor.pos_ == "VERB":
        if lemma in _MEETING_VERBS or lemma in ("work", "join"):
            return anchor
        if any(_role_noun(c) and c.dep_ in ("dobj", "nsubjpass") for c in anchor.children):
            return anchor
        preps = [
            c
            for c in (*anchor.children, *(g for o in anchor.children if o.dep_ == "dobj" for g in o.children))
            if c.dep_ == "prep" and c.lower_ in ("for", "from", "with")
        ]
        if any(_role_noun(g) for c in preps for g in c.children):
            # "shortlisting me for the lectureship ... at the University of Alnmouth",
            # "withdraw from the hiring process at Bramley Insights", "keep in touch with
            # the team at Brightloop" (the parse may hang "at" on the verb).
            return anchor
        if lemma in _OPENING_VERBS and any(_role_noun(c) and c.dep_ == "nsubj" for c in anchor.children):
            return anchor  # "if any day roles come up at O'Malley Freight"
    return None


def employer_mentions(document: EmailDocument, not_employers: frozenset[str] = frozenset()) -> list[_Mention]:
    """Orgs the draft ties to the role it declines, in order."""
    # Entity labels only ever rule a mention out, so a pass that reads none finds a superset.
    # When that names fewer than two companies there is nothing to compare, and the draft
    # is done without entity recognition (a third of a parse).
    rough = _mentions(document, not_employers, lambda token: _UNREAD)
    if len(_groups(rough)) < 2 and not any(m.unlabelled for m in rough):
        return rough
    return _mentions(document, not_employers, document.entity_type)


def _named_by_trade(recognised: Callable[[Token], str]) -> Callable[[Token], str]:
    """Entity labels, with a name that ends in a trade or company word taken as an
    organisation whatever the small recogniser says ("Copper Kettle Hospitality" as a
    person), and so is a name with "'s" after "at": "everyone at Mulligan's" is a pub."""

    def entity_type(token: Token) -> str:
        if fold(token.text) in _COMPANY_WORDS:
            return "ORG"
        if token.dep_ == "pobj" and token.head.lower_ == "at" and any(c.dep_ == "case" for c in token.children):
            return "ORG"
        return recognised(token)

    return entity_type


def _mentions(
    document: EmailDocument, not_employers: frozenset[str], entity_type: Callable[[Token], str]
) -> list[_Mention]:
    entity_type = _named_by_trade(entity_type)
    signer = person_name(document.span_text(document.parts.signer)) if document.parts.signer else None
    # What a door left open or a wish names is the reader's side: "I hope to work with
    # Ashgrove again" is no move elsewhere, whatever the verb.
    ahead = [
        (m.start, m.end) for m in moves_of(document) if m.has(Move.DOOR_OPENED) or m.has(Move.WELL_WISHES)
    ]
    out: list[_Mention] = []
    # Organisations the draft names as the sender's own, current or next: never the one
    # declined, wherever else they are named ("the team at Halden" after "my current
    # employer, Halden Pharmacy Group").
    elsewhere: list[str] = []
    postscript = document.parts.postscript
    own_words = itertools.chain(document.tokens(document.body), document.tokens(postscript) if postscript else ())
    for token in own_words:
        if token.pos_ != "PROPN" and not _capitalised_head(token):
            continue
        interest = _interest_anchor(token)
        # "the Crane & Whitfield team", "the Bluefinch Digital hiring team"
        modifier = token.dep_ in ("compound", "nmod", "npadvmod")
        considered = _consideration(token, entity_type) if modifier else None
        named = _anchor(token, entity_type) if modifier else None
        if modifier and interest is None and considered is None and named is None:
            continue
        if token.dep_ == "compound" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "PROPN":
            continue  # not the org's last word: its head comes next
        if entity_type(token) in _NOT_ORGS - {"PERSON"}:
            continue
        anchor = interest or _anchor(token, entity_type)
        if anchor is not None and _moving_on(anchor) and (
            _asserted(anchor) or not any(a <= anchor.idx < b for a, b in ahead)
        ):
            elsewhere.append(_key(document.text[_chunk(token)[0].idx : token.idx + len(token.text)]))
            continue
        if anchor is None:
            if _own_employer(token) or _offered_by(token):
                elsewhere.append(_key(document.text[_chunk(token)[0].idx : token.idx + len(token.text)]))
            continue
        words = _chunk(token)
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        text = document.text[start:end]
        if document.overlaps_placeholder(start, end):
            continue
        name = person_name(text)
        if name is not None and signer is not None and name.matches(signer):
            continue
        key = _key(text)
        if any(word in _AGENCY_WORDS for word in key.split()):
            continue  # "everyone at Brookfield Recruitment": an agency, never the employer declined
        if key.split()[-1] in _EVENT_WORDS:
            continue  # "meet at the next UX Camp": an event, not an employer
        if key.split()[-1] in _UNIT_WORDS or key.split()[0] in _UNIT_WORDS:
            continue  # "everyone at Cedar Ward", "Ward 7": a part of the employer
        if key.split()[-1] in _JOB_TITLES:
            continue  # "the Senior Staff Nurse post": a job title in capitals
        if key and key.split()[0] not in not_employers and (interest is None or entity_type(token) != "PERSON"):
            out.append(
                _Mention(
                    key,
                    text,
                    start,
                    end,
                    interest is not None,
                    any(a <= start < b for a, b in ahead),
                    interest is not None
                    and (
                        (token.dep_ == "poss" and interest.lemma_.lower() in _OWNED_NOUNS)
                        # "your work at X": the reader's own organisation
                        or any(c.dep_ == "poss" and c.lower_ == "your" for c in interest.children)
                    ),
                    # Mentions by the places of a firm ("X's Lagos office", "the X family")
                    # may be a person's or a place's: they wait for the entity labels.
                    unlabelled=entity_type(token) == _UNREAD
                    and (named is not None or anchor.lemma_.lower() in _EMPLOYER_PARTS),
                )
            )
    out.extend(_greeted(document, not_employers, entity_type))
    return [m for m in out if not any(key and _same(key, m.key) for key in elsewhere)]


def _asserted(verb: Token) -> bool:
    """A move told as fact ("I will be joining Ashdown next month"), not one hoped for
    ("I hope to work with Ashgrove again", "I would love to join you one day")."""
    node: Token | None = verb
    while node is not None and node.pos_ not in ("VERB", "AUX"):
        node = node.head if node.head.i != node.i else None
    if node is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "'d", "’d") for c in node.children):
        return False
    head = node.head
    return not (node.dep_ in ("xcomp", "pcomp", "advcl", "acl") and head.lemma_.lower() in _HOPING)


def _own_employer(org: Token) -> bool:
    """Named as the sender's own employer: "my current employer, Halden Pharmacy Group"."""
    if org.dep_ != "appos":
        return False
    noun = org.head
    return noun.lemma_.lower() in _OWN_EMPLOYER_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("my", "our") for c in noun.children
    )


def _offered_by(org: Token) -> bool:
    """The firm whose offer the sender took: "I just accepted a full-time offer from
    RiteCare", "I've taken a job with Brook Dental"."""
    if org.dep_ != "pobj" or org.head.lower_ not in ("from", "with", "at"):
        return False
    noun = org.head.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _ROLE_NOUNS | {"offer", "contract"} and _moving_on(noun)


def _greeted(
    document: EmailDocument, not_employers: frozenset[str], entity_type: Callable[[Token], str]
) -> list[_Mention]:
    """A firm whose people the greeting addresses: "Dear Harbourview Dental team", "Dear Mrs.
    Ojo and the Kingsway Schools team". Read after the body, so the body's employer stays
    the first named. A department ("Dear Sales team") is common words only; a firm's name
    has a rare one."""
    if document.parts.greeting is None:
        return []
    out = []
    tokens = list(document.tokens(document.parts.greeting))
    doc = document.doc
    for token in tokens:
        # "Dear Hiring Team at Evergreen Landscapes"
        if token.dep_ == "pobj" and token.head.lower_ == "at" and token.head.head.lemma_.lower() in _GREETING_GROUPS:
            words = _chunk(token)
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            key = _key(document.text[start:end])
            if key and key.split()[0] not in not_employers and not any(w in _AGENCY_WORDS for w in key.split()):
                out.append(_Mention(key, document.text[start:end], start, end))
    for group in tokens:
        if group.lemma_.lower() not in _GREETING_GROUPS:
            continue
        # The last word of the name, right before the group's noun and any words for the
        # firm's own recruiters ("Dear Harwood Logistics Recruitment Team").
        i = group.i - 1
        while i > tokens[0].i and fold(doc[i].text) in _GREETING_DEPARTMENTS:
            i -= 1
        token = doc[i]
        if i < tokens[0].i or not token.text[:1].isupper() or token.dep_ not in ("compound", "amod", "nmod"):
            continue
        # The name's words: the capitalised run before it, after "Dear" and any "the".
        first = i
        while first - 1 >= tokens[0].i and doc[first - 1].text[:1].isupper() and doc[first - 1].is_alpha:
            first -= 1
        words = [w for w in doc[first : i + 1] if fold(w.text) not in _GREETING_OPENERS]
        if not words or not any(usage().zipf(fold(w.text)) < _RARE_NAME for w in words):
            continue
        kind = entity_type(token)
        if kind not in (_UNREAD, "ORG"):
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        key = _key(document.text[start:end])
        if not key or key.split()[0] in not_employers or any(w in _AGENCY_WORDS for w in key.split()):
            continue
        out.append(_Mention(key, document.text[start:end], start, end, unlabelled=kind == _UNREAD))
    return out


#: How rare (Zipf frequency) one word of a greeted name must be for it to be a firm's name
#: rather than a department's ("Oakridge" 2.1, "Kingsway" 2.4; "Sales" 5.0, "Dental" 4.1).
_RARE_NAME = 3.0
#: Words that open a greeting rather than name anyone in it.
_GREETING_OPENERS = frozenset({"dear", "hi", "hello", "to", "good", "morning", "afternoon", "greetings"})


def _capitalised_head(token: Token) -> bool:
    """ "Penwright Media", "Kestrel Health": a name ending in a common noun, which the
    tagger reads as a noun; capitalised mid-sentence after a proper noun, it ends a name."""
    return (
        # "Tallis Brewing": the tagger may read the last word as a verb
        token.pos_ in ("NOUN", "VERB")
        and token.text[:1].isupper()
        and not token.is_sent_start
        # "Penwright Media"; "Hoffmann & Reuter GmbH", where the partners are possessors.
        and any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in token.children)
    )


def _groups(mentions: list[_Mention]) -> list[list[_Mention]]:
    """Mentions gathered by company, in order of first mention."""
    groups: list[list[_Mention]] = []
    for mention in mentions:
        for group in groups:
            if _same(group[0].key, mention.key):
                group.append(mention)
                break
        else:
            groups.append([mention])
    return groups


def _same(a: str, b: str) -> bool:
    """ "acme" and "acme labs" are one company written two ways; so are "the Academy" and
    "Kingsbridge Academy" (the kind of place alone stands for the one named)."""
    if a == b or a.startswith(b + " ") or b.startswith(a + " "):
        return True
    short, long = sorted((a, b), key=len)
    if " " not in short and long.endswith(" " + short):
        return True
    # "EMAS" for "East Midlands Ambulance Service": a name and its initials.
    initials = "".join(w[0] for w in long.split() if w not in ("of", "and", "the", "for"))
    return " " not in short and len(short) >= 2 and short in (initials, initials.replace("&", ""))


_ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}")


def _replied_to(document: EmailDocument) -> str:
    """The address on the quoted message's attribution ("On Mon, ..., Sam <sam@x.com>
    wrote:"): a reply goes back to it, when the draft has no To: line."""
    for span in document.parts.quoted:
        quoted = document.span_text(span)
        for match in ATTRIBUTION_LINE.finditer(quoted):
            address = _ADDRESS.search(match.group(0))
            if address is not None:
                return address.group(0)
        # A quote that keeps the invitation's own headers: "> From: Simon <s@x.com>".
        for match in _QUOTED_FROM.finditer(quoted):
            address = _ADDRESS.search(match.group(0))
            if address is not None:
                return address.group(0)
    return ""


_QUOTED_FROM = re.compile(r"^[ \t>]{0,12}From:[^\n]{0,200}$", re.M | re.I)


_SUFFIXED_NAME = re.compile(r"\b((?:(?:[A-Z][\w'’&.-]*|&)\s+){0,4}[A-Z][\w'’&.-]*)")


def _quoted_organisations(document: EmailDocument) -> set[str]:
    """Who sent the quoted invitation: the organisation of its sender's address, and any
    name in it ending in a company word ("Verity Insurance PLC")."""
    out = set()
    address = _replied_to(document)
    replied = _organisation(address)
    # A public body's address names its region or service ("health.nsw.gov.au"), not the
    # hospital or school the invitation is for.
    public = any(label in ("gov", "nhs", "edu", "ac", "sch", "mil") for label in address.lower().split("."))
    if replied and not public:
        out.add(replied)
    for span in document.parts.quoted:
        for match in _SUFFIXED_NAME.finditer(document.span_text(span)):
            words = match.group(1).split()
            if len(words) >= 2 and fold(words[-1].strip(".,")) in _COMPANY_WORDS:
                key = _key(" ".join(words))
                if key:
                    out.add(key)
    return out


_NAME_WORD = r"[A-Z][\w'’.-]{1,30}"
_NAMES = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}"
_PARTNERS = re.compile(rf"\b({_NAMES}[ \t]+&[ \t]+{_NAMES})")
_SUBJECT_PLACE = re.compile(r"\b(?:at|to)[ \t]+((?:(?:[A-Z][\w'’&.-]*|&)[ \t]*){1,5})")


def _suffixed_names(text: str) -> list[str]:
    """Names in a line that end in a company word ("Pellow & Grant LLP", "Verity Insurance PLC")."""
    out = []
    for match in _SUFFIXED_NAME.finditer(text):
        words = match.group(1).split()
        while len(words) >= 2 and fold(words[-1].strip(".,")) not in _COMPANY_WORDS:
            words.pop()
        if len(words) >= 2:
            out.append(" ".join(words).rstrip(".,"))
    return out



def _subject_stray(
    document: EmailDocument, groups: list[list[_Mention]], domain: str
) -> tuple[str, int] | None:
    """The subject line names a company the body never does, while the body names one
    employer: "Subject: ... - Pellow & Grant LLP" above "the role at Carrick Surveying"."""
    if len(groups) != 1:
        return None
    subject = next((v for k, v in document.headers.items() if k.lower() == "subject"), "")
    body = fold(document.span_text(document.body))
    # "Re: Your application to Coral Reef Dental": the name after "to" or "at" in a subject.
    greeting = fold(document.span_text(document.parts.greeting)) if document.parts.greeting else ""
    placed = [
        m.group(1).strip()
        for m in _SUBJECT_PLACE.finditer(subject)
        # "Application to Jane Okafor" names the reader, whom the greeting names too.
        if len(m.group(1).split()) >= 2 and not any(fold(w) in greeting for w in m.group(1).split())
    ]
    # "Audit Senior, Marlow & Pike": partners joined with "&" name a firm.
    partners = [m.group(1) for m in _PARTNERS.finditer(subject)]
    for name in [*_suffixed_names(subject), *placed, *partners]:
        key = _key(name)
        if not key or _same(key, groups[0][0].key) or (domain and _domain_names(domain, key)):
            continue
        if key.split()[0] in body:
            continue  # named in the body too, whatever the parse made of it
        start = document.text.find(name)
        if start >= 0:
            return name, start
    return None


def _in_quote(document: EmailDocument, key: str) -> bool:
    """Does the quoted message name this organisation, in any case ("CASTLEFORD mutual")?"""
    first = key.split()[0]
    return any(first in fold(document.span_text(span)) for span in document.parts.quoted)


def _recipient_domain(document: EmailDocument) -> str:
    """The organisation the To: address belongs to ("kestrelhealth" of ana@kestrelhealth.com),
    or "" for free mail and applicant-tracking systems, which say nothing of the employer."""
    to = next((v for k, v in document.headers.items() if k.lower() == "to"), "")
    return _organisation(to)


def _organisation(address: str) -> str:
    if "@" not in address:
        return ""  # "to: Prof. Ingrid Solberg" names a person, not a mail domain
    domain = address.rpartition("@")[2].strip(" >\t")
    labels = [label.lower() for label in domain.split(".") if label]
    if len(labels) < 2:
        return ""
    # "ana@mail.kestrelhealth.co.uk": the label before the public suffix.
    name = labels[-3] if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "ac", "gov", "net") else labels[-2]
    return "" if name in _ANONYMOUS_DOMAINS else name


def _employer_domain(domain: str) -> bool:
    """A mail domain that names an employer by its trade ("tarrantengineering",
    "kestrelhealth"), not an agency ("harbourtalent") or a bare name ("hays")."""
    if any(word in domain for word in _AGENCY_WORDS):
        return False
    return any(len(word) >= 5 and domain.endswith(word) and domain != word for word in _COMPANY_WORDS)


def _domain_names(domain: str, key: str) -> bool:
    """Does the mail domain name this organisation? "kestrelhealth" names "kestrel health",
    "marrowlabs" names "marrow labs" and "marrow"."""
    squashed = key.replace(" ", "")
    domain = domain.replace("-", "")  # "harrowgate-analytics.com" names "Harrowgate Analytics"
    return bool(squashed) and (squashed in domain or domain in squashed)


class CompanyMismatch(Rule[CompanyMismatchOptions]):
    """Name one company as the employer you are declining.

    ## What it does
    Flags a draft that ties the role it declines to two different organisations: "the
    analyst role at Initech" in one paragraph and "the chance to join the team at Hooli"
    in another. It reads the phrases that tie an organisation to the role or the interview
    ("the X role at ACME", "interview with ACME", "the opportunity to join ACME", "ACME's
    hiring process", "the ACME interview", thanks to "everyone at ACME", a greeting to "the
    ACME team") and ignores organisations named otherwise, so "I have accepted an offer
    from Globex" or "I have decided to take a position at Globex" (the other employer)
    never count, nor does Globex anywhere else once it is named as the new or current
    employer. "Acme" and "Acme Inc." are one company, and so are a name and its initials;
    a unit of the employer ("Cedar Ward", "the Leeds office") and a job title in capitals
    are no organisation. It also compares the one employer named with the subject line,
    the invitation being answered, and a `To:` address that names an employer by its
    trade ("tarrantengineering.co.uk").

    ## Why is this bad?
    The article's section "Writing a Polite and Professional Email" asks for proofreading
    to "eliminate typographical errors or miscommunications". A second company's name is a
    leftover from another template, and tells the reader the email was not written for
    them.

    ## Example
    ```text
    Dear Ms. Lee,

    Thank you for inviting me to interview for the analyst role at Initech. After much
    thought, I must decline the opportunity to join the data team at Hooli, as I have
    accepted another offer. I hope our paths cross again.

    Best regards,
    Jordan Avery
    ```

    Flags: "Hooli".

    ## Use instead
    ```text
    Dear Ms. Lee,

    Thank you for inviting me to interview for the analyst role at Initech. After much
    thought, I must decline, as I have accepted an offer from Hooli. I hope our paths
    cross again.

    Best regards,
    Jordan Avery
    ```

    ## Options
    - `not_employers` (list of strings): names that are never the employer, such as job
      boards ("the role at LinkedIn") or a recruiting agency; matched on the first word.

    ## Known problems
    Only organisations the parser reads as proper nouns in one of the tying phrases count;
    "your company" or an organisation named in a phrase the rule does not know is not
    compared, and a company name the parser splits oddly may be missed. An organisation
    only admired ("what Red Dirt Mining is doing on safety") is compared with the `To:`
    address alone, since drafts praise partners and clients too; the acronym of a
    different firm ("LUTH" for "LASUTH") is not recognised. When the `To:` address's
    domain names one of the two, the other is flagged; otherwise the later one is. A draft
    that really does decline two employers at once is flagged too.
    """

    id = "company-mismatch"
    category = "content"
    article_section = "Writing a Polite and Professional Email"
    reads_entities = False
    options_type = CompanyMismatchOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        mentions = employer_mentions(document, frozenset(fold(n) for n in self.options.not_employers))
        domain = _recipient_domain(document)
        # An organisation only admired or learned about is compared with the one written to,
        # never with other mentions: drafts speak well of partners, clients and conferences.
        groups = _groups([m for m in mentions if not m.interest or m.owner])
        admired = [m for m in mentions if m.interest and not m.owner]
        if not groups and admired and domain:
            groups = _groups(admired)
        stray_subject = _subject_stray(document, groups, domain)
        if stray_subject is not None:
            name, start = stray_subject
            yield self.finding(
                f'the subject line names "{name}", but the email declines the role at "{groups[0][0].text}": '
                "a leftover from another draft?",
                start,
                start + len(name),
                suggestion=f'Name "{groups[0][0].text}" in the subject line too.',
            )
            return
        if len(groups) == 1 and not domain:
            # A reply names its employer once; the invitation it quotes, from another
            # organisation, never names that one: "the role at Castleford Mutual" above an
            # invitation signed "Verity Insurance PLC". (An agency's invitation names its
            # client, so a client named in the reply is found in the quote.)
            named = groups[0][0]
            quoted = _quoted_organisations(document)
            if quoted and not any(_same(q, named.key) or _domain_names(q, named.key) for q in quoted) and not _in_quote(
                document, named.key
            ):
                yield self.finding(
                    f'this names "{named.text}" as the employer, but the invitation you are answering '
                    f"comes from {sorted(quoted)[0]}: a leftover from another draft?",
                    named.start,
                    named.end,
                    suggestion=f'Name the company that invited you instead of "{named.text}".',
                )
            return
        if len(groups) == 1 and domain:
            # One organisation admired or learned about, and it is not the one written to:
            # "I have enjoyed learning about Harbourline" in an email to kestrelhealth.com.
            # (Named only for the role, it may be an agency's client, so that is left alone.)
            stray = next((m for m in groups[0] if m.interest), None)
            if stray is None and _employer_domain(domain) and not any(
                _domain_names(domain, w) for w in groups[0][0].key.split() if len(w) >= 4
            ):
                # The address is an employer's by its own name ("tarrantengineering"), not an
                # agency's, and shares no word with the one named for the role.
                stray = groups[0][0]
            if stray is not None and not _domain_names(domain, stray.key):
                yield self.finding(
                    f'this speaks of "{stray.text}" as the employer, but the email is to {domain}: '
                    "a leftover from another draft?",
                    stray.start,
                    stray.end,
                    suggestion=f'Name the company you are writing to instead of "{stray.text}".',
                )
            return
        if len(groups) < 2:
            return
        right = next((g for g in groups if domain and _domain_names(domain, g[0].key)), groups[0])
        wrong = next(g for g in groups if g is not right)
        # The address a reply answers says who the sender writes to, but only this check
        # reads it: an agency's or a group's address often names no employer at all.
        answered = domain or _organisation(_replied_to(document))
        agency = next((g for g in groups if answered and _domain_names(answered, g[0].key)), None)
        client = next((g for g in groups if g is not agency), None)
        if (
            len(groups) == 2
            and agency is not None
            and client is not None
            and all(m.ahead for m in agency)
            and not all(m.ahead for m in client)
        ):
            # Written to an agency ("work with Harbour Talent again") about its client's
            # role ("the interview with Meridian Bank"): two names, one employer.
            return
        first = wrong[0]
        yield self.finding(
            f'this names "{first.text}" as the employer, but the email also names "{right[0].text}" '
            "for the role: a leftover from another draft?",
            first.start,
            first.end,
            suggestion=f'Name one company throughout; if you are writing to {right[0].text}, '
            f'replace "{first.text}".',
        )

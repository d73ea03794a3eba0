"""Which organisations a draft ties to the role it declines, for rule ``company-mismatch``:
the phrases that tie a name to the employer ("the role at X", "everyone at X", "X's
culture"), and those that show it is the sender's own, next or current employer."""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from declint.document.email import EmailDocument
from declint.document.moves import Move, moves_of
from declint.nlp.grammar import is_first_person, is_negated, is_yours, owned_by_reader, subject_of
from declint.nlp.lexicon import listed
from declint.nlp.places import is_place
from declint.nlp.usage import usage
from declint.text.names import TITLES, fold, person_name

from ._company_address import domain_names, recipient_domain
from ._company_data import (
    ADMIRING,
    AGENCY_WORDS,
    AGENT_ENDINGS,
    APPLYING_NOUNS,
    ASPIRATIONS,
    BODY_PREFIXES,
    CANDIDATES,
    CAREER_STAGES,
    COMPANY_WORDS,
    CONSIDER_VERBS,
    CONSIDERATION_NOUNS,
    EMPLOYER_PARTS,
    EMPLOYER_PLACES,
    EVENT_WORDS,
    EVERYONE,
    FILL_VERBS,
    GIVEN_NOUNS,
    GIVING_VERBS,
    GRATEFUL,
    GREETING_DEPARTMENTS,
    GREETING_GROUPS,
    GREETING_OPENERS,
    HIRING_EVENTS,
    HIRING_STAGES,
    HOPING,
    INTEREST_NOUNS,
    INVITATION_NOUNS,
    INVITATION_VERBS,
    INVITING,
    JOB_NOUNS,
    JOB_TITLES,
    JOINING_VERBS,
    LEARNING_VERBS,
    LONE_NAMED,
    MANNER_NOUNS,
    MEETING_VERBS,
    MOVING_ON,
    NOT_MOVING,
    NOT_ORGS,
    OFFERED_THINGS,
    OPENING_VERBS,
    OWN_EMPLOYER_NOUNS,
    OWN_JOB_MODIFIERS,
    OWN_WORK,
    OWNED_NOUNS,
    PARTITIVE_NOUNS,
    RARE_NAME,
    RETURN_VERBS,
    ROLE_NOUNS,
    SCHOOL_UNITS,
    SEARCH_VERBS,
    SOUGHT,
    STREET_WORDS,
    SUFFIXES,
    TALKING,
    THANKING,
    THEIR_STAFF,
    UNIT_WORDS,
    UNREAD,
    WELCOMING_VERBS,
    WISH_NOUNS,
    WISH_VERBS,
    WORKING,
    WORKING_WITH,
    WORKPLACES,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

@dataclass(frozen=True)
class Mention:
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
    bracketed = False
    while i >= head.sent.start:
        token = doc[i]
        inside = {w.i for w in words}
        if token.text == ")" and i >= 2 and doc[i - 2].text == "(" and fold(doc[i - 1].text) in COMPANY_WORDS:
            words[:0] = [doc[i - 2], doc[i - 1], token]  # "Protea Motors (Pty) Ltd"
            bracketed = True
            i -= 3
            continue
        if bracketed and token.pos_ == "PROPN" and token.text[:1].isupper() and token.i == words[0].i - 1:
            words.insert(0, token)  # the name before "(Pty)", however the parse hangs it
            i -= 1
            continue
        if token.lower_ in ("'s", "’s") and token.head.i in inside | {i - 1}:
            words.insert(0, token)
        elif token.text[:1].isupper() and token.dep_ in ("compound", "poss") and token.head.i in inside:
            words.insert(0, token)
        elif token.text[:1].isupper() and token.text.endswith(".") and len(token.text) <= 4 and token.head.i in inside:
            words.insert(0, token)  # "St.", "Mt."
        elif token.text == "." and token.head.i in inside and i > 0 and doc[i - 1].text[:1].isupper():
            words.insert(0, token)  # "Pvt. Ltd.", where the tokeniser split "Pvt" from its stop
        elif (token.text == "&" or (token.text[:1].isupper() and token.pos_ == "PROPN")) and token.i in span:
            words.insert(0, token)  # "Hoffmann & Reuter GmbH": partners joined in one name
        elif (
            token.text[:1].isupper()
            and token.head.i == head.head.i
            and token.i == words[0].i - 1
            and (
                (token.dep_ == "compound" and head.dep_ == "compound")
                or (token.dep_ == "nmod" and token.pos_ == "PROPN")
            )
        ):
            # The name's words hung side by side on what follows: "the Fernleigh Cosmetics
            # interview" (both on "interview"), "Saltmere Freight's team" ("Saltmere" on "team").
            words.insert(0, token)
        else:
            break
        i -= 1
    # "the Pratt & Wexley assessment day": partners after the first, joined by "&".
    j = head.i + 1
    while j + 1 < head.sent.end and doc[j].text == "&" and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper():
        words.extend((doc[j], doc[j + 1]))
        j += 2
    if j > head.i + 1:
        return words
    # "Caledonia Care and Support", "Iyer and Rao": one more capitalised word joined by
    # "and", standing alone (two firms joined would each bring their own words).
    if (
        j + 1 < head.sent.end
        and doc[j].lower_ == "and"
        and doc[j + 1].dep_ == "conj"
        and doc[j + 1].head.i == head.i
        and doc[j + 1].text[:1].isupper()
        and doc[j + 1].pos_ == "PROPN"
        and not list(doc[j + 1].children)
    ):
        return [*words, doc[j], doc[j + 1]]
    # "the University of Wexbridge", "the Bank of Ireland": a name that goes on after "of".
    if j + 1 < head.sent.end and doc[j].lower_ == "of" and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper():
        words.append(doc[j])
        j += 1
        while j < head.sent.end and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            words.append(doc[j])
            j += 1
    return words


def name_key(text: str) -> str:
    words = [fold(w) for w in text.replace("’", "'").replace("'s", " ").split()]
    words = [w for w in words if w and w not in SUFFIXES]
    return " ".join(words)


def _moving_on(token: Token, depth: int = 0) -> bool:
    """Is ``token`` (a role noun or a verb) part of the sender's move elsewhere?"""
    verb: Token | None = token
    if token.pos_ == "VERB" and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr"):
        verb = token.head  # a noun the tagger calls a verb: "accepted the Ravensworth Labs offer"
    elif token.tag_ == "VBG" and token.dep_ == "acl" and token.head.dep_ in ("dobj", "pobj"):
        verb = token.head.head  # "accepted a data reporting post at X": a word of the title read as a verb
    for _ in range(4):
        if verb is None or verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head if verb.head is not verb else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "say" and any(c.lower_ == "yes" for c in verb.children):
        lemma = "accept"  # "I've said yes to a role at Mulga Rail"
    if lemma in JOINING_VERBS and _lost_chance(verb):
        return False
    if any(c.dep_ == "acomp" for c in verb.children):
        return False  # "I remain grateful to Chukwuma Pharmaceuticals": a feeling, not a move
    subject = subject_of(verb)
    if subject is not None and subject.dep_ == "nsubj" and not is_first_person(subject):
        return False  # "I hope Gifford Transport's recruitment goes well": not the sender's move
    if (
        lemma == "offer"
        and token.lemma_.lower() in OFFERED_THINGS
        and subject_of(verb) is not None
        and is_first_person(subject_of(verb))
        and not is_negated(verb, through_clauses=False)
    ):
        return True  # "I was offered a permanent contract at Northfield General"; not "an interview"
    past_meeting = lemma in MEETING_VERBS and verb.tag_ == "VBD"
    if lemma not in MOVING_ON and not past_meeting:
        return False
    if any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in NOT_MOVING for c in verb.children):
        return False  # "I had worked out the drive to the X office": planning, not working there
    if is_negated(verb, through_clauses=False) or _denied_by_head(verb):
        return False
    head = verb.head
    if head.pos_ == "ADP" and head.head is not head:
        head = head.head  # "the prospect of working at ACME": look past the preposition
    if verb.dep_ in ("acl", "xcomp", "relcl", "pcomp", "advcl") and head is not verb and depth < 3:
        head_lemma = head.lemma_.lower()
        if head_lemma in INVITATION_NOUNS:
            # "the opportunity to join ACME" ties ACME, unless the offer itself was accepted.
            return _moving_on(head, depth + 1) if head.pos_ != "VERB" else False
        if head_lemma in INVITATION_VERBS:
            return False
    return True


def _denied_by_head(verb: Token) -> bool:
    """ "the timing is not right for me to join Sankaran Textiles", "I'm not ready to
    interview for Saltmarsh": a move the clause above it denies."""
    # Only an infinitive hung on the denied word: "I won't be able to attend" above
    # "I've accepted a role at Monzo" denies nothing of the move.
    infinitive = verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    head = verb.head
    if not infinitive or head.i == verb.i:
        return False
    if head.pos_ == "ADJ":
        return is_negated(head, through_clauses=False)
    return head.pos_ == "AUX" and any(c.dep_ == "neg" for c in head.children)


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
        if node.lemma_.lower() in ASPIRATIONS and _past(node):
            return True
        if node.head.i == node.i or node.dep_ == "ccomp":
            break  # "I wanted to let you know that I'll be joining X": the wish is not above the move
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
    if lemma not in ROLE_NOUNS:
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in OWN_WORK and is_first_person(subject_of(noun.head)):
        return False  # "my firm has asked me to lead the Rhône Retail programme": the sender's work
    mods = {c.lower_ for c in noun.children if c.dep_ in ("poss", "amod", "det")}
    if mods & OWN_JOB_MODIFIERS:
        return False
    if mods & {"my", "our"} and lemma in JOB_NOUNS:
        return False
    if "my" in mods and lemma in CAREER_STAGES and noun.head.tag_ == "VBD":
        return False  # "I did my apprenticeship at Wattle & Smoke": where the sender trained
    if lemma == "team":
        # "your team at ACME", "join the team at ACME", "I wish you and the team at ACME
        # well"; not "the team at Globex made me an offer" (the team doing something).
        if "your" in mods or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("join", "meet")):
            return True
        if "the" in mods and noun.dep_ == "nsubj" and noun.head.lemma_.lower() not in WELCOMING_VERBS:
            return True  # "how fast the team at Jambo Skylink responded to my application"
        went = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
        if (
            went is not None
            and went.pos_ == "VERB"
            and went.lemma_.lower() not in MEETING_VERBS
            and is_first_person(subject_of(went))
        ):
            return False  # "when I visited with the Egerton University extension team": company kept
        return "the" in mods and noun.dep_ in ("conj", "dobj", "dative", "pobj")
    return True


def _hiring_event(noun: Token) -> bool:
    """A day or centre of the hiring: "the Pratt & Wexley assessment day"."""
    return noun.lemma_.lower() in HIRING_EVENTS and any(
        c.dep_ == "compound" and (c.lemma_.lower() in ROLE_NOUNS or c.lemma_.lower() in HIRING_STAGES)
        for c in noun.children
    )


def _consideration(org: Token, entity_type: Callable[[Token], str]) -> Token | None:
    """What ties an org to the employer by its having considered the sender: "to be
    considered by the University of Dundee", "thankful to Suryaprakash Infotech for
    considering my profile", "thank everyone at Mulligan's", "the hiring manager at Tallis
    Brewing", "the NHS Tayside recruitment panel", "Brightside Homes' consideration"."""
    named = _named_thing(org)
    if named is not None and named.i > org.i + 1 and named.lower_ in THEIR_STAFF and _thanked(named):
        # "the Quillbird hiring team": a name before a firm's own team, whatever label
        # the small recogniser gives it.
        return named
    if named is not None and (named.lower_ in THEIR_STAFF or _people_of_a_trade(named)) and _met(named):
        # "meeting the Ocean Ridge Dental hygienists", "meeting the DKW commercial team":
        # their people, met in the hiring.
        return named
    if (
        named is not None
        and named.lower_ in THEIR_STAFF
        and (_described(named) or _worked_with(named))
        and (_an_org(org, entity_type, titled=True) or (len(_chunk(org)) >= 2 and entity_type(org) in (UNREAD, "ORG")))
    ):
        # "the Coastline Freight team were so welcoming", "I hope to work alongside the Tall
        # Grass team one day": their people, met in the hiring or hoped for. A firm's name,
        # not a ward's or a department's ("the Larch team", "the Data team").
        return named
    head = org.head
    if org.dep_ == "pobj" and head.lower_ in ("at", "from"):
        # "thank you also to Deepak and Ruth from Sunbeam Foods" (the parse may hang "from"
        # on the names or on "thank"): people there, thanked by name or met. People are
        # from a firm, not from a person, whatever the recogniser labels "Kestrel Row".
        verb = head.head
        names = [verb] if verb.pos_ == "PROPN" else []
        if verb.lemma_.lower() in THANKING:
            names = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
        elif verb.lemma_.lower() in MEETING_VERBS | TALKING:
            # "speaking with Dana from X": the parse may hang "from" on the verb.
            names = [c for c in verb.children if c.dep_ == "dobj"] + [
                g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children
            ]
        if any(
            n.pos_ == "PROPN" and entity_type(n) in ("PERSON", UNREAD, "") and (_thanked(n) or _met(n))
            for n in names
        ):
            return verb
    people_there = head.head.lower_ in THEIR_STAFF or (
        # "the residents at Al Salam Medical Centre who showed me round": people there, by
        # their trade, not the sender's own ("my colleagues at Y")
        head.head.tag_ == "NNS"
        and head.head.pos_ == "NOUN"
        and not any(c.dep_ == "poss" for c in head.head.children)
    )
    mine = any(c.dep_ == "poss" and is_first_person(c) for c in head.head.children)  # "my colleagues at Y"
    if org.dep_ == "pobj" and head.lower_ in ("at", "of", "from") and people_there and not mine:
        # "everyone at Mulligan's", "the hiring manager at Tallis", "the Fellows of Bramwell",
        # "the interview team from Sonnhof", when they are thanked or thanks are passed to them.
        staff = head.head
        if _thanked(staff) or _worked_with(staff):
            return staff  # "thank everyone at X", "the chance to work with the animators at X"
        agent = staff.head if staff.dep_ == "pobj" else None
        if agent is not None and agent.dep_ == "agent" and agent.head.lemma_.lower() in CONSIDER_VERBS:
            return agent.head  # "to be shortlisted by the selection board at X"
    if entity_type(org) == "PERSON":
        return None
    if (
        org.dep_ == "pobj"
        and head.lower_ == "at"
        and head.head.lemma_.lower() in GRATEFUL | THANKING
        and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in EVERYONE | THEIR_STAFF for g in c.children)
            for c in head.head.children
        )
    ):
        return head.head  # "I'm very grateful to all at Burren Way Tours": "at" hung on "grateful"
    if org.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in CONSIDER_VERBS:
        return head.head
    if org.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in GRATEFUL:
        return head.head
    if (
        org.dep_ == "pobj"
        and head.lower_ == "to"
        and head.head.lower_ == "thanks"
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in head.head.children)
    ):
        # "Many thanks to Feldmann GmbH for the time"; not "thanks to Globex, I now have a job"
        return head.head
    if org.dep_ in ("dobj",) and head.lemma_.lower() == "thank":
        return head
    if (
        org.dep_ == "pobj"
        and head.lower_ == "at"
        and head.head.lemma_.lower() in THANKING
        and any(c.dep_ == "dobj" and c.lower_ in THEIR_STAFF for c in head.head.children)
    ):
        return head.head  # "thank everyone at Mulligan's", with "at" hung on the verb
    if org.dep_ in ("poss", "compound") and head.lemma_.lower() in CONSIDERATION_NOUNS:
        return head  # "Brightside Homes' consideration", "the NHS Tayside recruitment panel"
    if (
        named is not None
        and named.lower_ in THEIR_STAFF | CONSIDERATION_NOUNS
        and (_thanked(named) or _wish_over(named) is not None)
    ):
        # "please pass my thanks to the Apex Chemists team", "the Flutterbird hiring team",
        # "I wish the Linden Care team every success"
        return named
    if org.dep_ == "nsubj" and head.dep_ == "relcl" and head.head.lemma_.lower() in CONSIDERATION_NOUNS:
        return head  # "the interest Royal Ashgrove Infirmary has shown in me"
    giver = head if org.dep_ == "poss" and head.lemma_.lower() in THEIR_STAFF else org
    if (
        giver.dep_ == "nsubj"
        and giver.head.dep_ == "relcl"
        and giver.head.lemma_.lower() in GIVING_VERBS
        and giver.head.head.lemma_.lower() in GIVEN_NOUNS
        and any(a.lemma_.lower() in GRATEFUL | THANKING for a in list(giver.head.head.ancestors)[:3])
    ):
        # "grateful for the time Bayview General Hospital has given to my application", "the
        # time Pinecrest's practice manager spent": thanks for what the employer gave.
        return giver.head
    wished = any(c.lemma_.lower() in ("success", "luck", "well") for c in head.children) and any(
        a.lemma_.lower() in ("hope", "wish", "trust") for a in list(head.ancestors)[:2]
    )
    if org.dep_ == "nsubj" and wished:
        return head  # "I hope Barlow & Sons has every success this season"
    wish = head.head if org.dep_ == "nsubj" and head.dep_ == "ccomp" else head if org.dep_ == "dative" else None
    if (
        wish is not None
        and _said_as(wish, WISH_VERBS)
        and is_first_person(subject_of(wish))
        # a firm's name, not a person's ("I wish Sabine every success")
        and (len(_chunk(org)) >= 2 or fold(org.text) in COMPANY_WORDS)
    ):
        return wish  # "I wish Harwell Capital Partners continued growth": the wish read as a clause
    return None


def _described(staff: Token) -> bool:
    """Staff said to be something, as the sender found them: "the X team were welcoming"."""
    verb = staff.head
    # "were welcoming" may be read as a verb in -ing with "were" its helper.
    being = verb.lemma_.lower() in ("be", "seem") and any(c.dep_ == "acomp" for c in verb.children)
    progressive = (
        verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    )
    return staff.dep_ == "nsubj" and (being or progressive) and not is_negated(verb, through_clauses=False)


def _worked_with(staff: Token) -> bool:
    """Staff, or a firm, the sender would work with: "to work alongside the X team one day",
    "cross paths with X again" (whether it is a hope or a plan is the caller's to ask)."""
    preposition = staff.head
    return (
        staff.dep_ == "pobj"
        and preposition.lower_ in ("with", "alongside")
        and preposition.head.lemma_.lower() in WORKING_WITH
    )


def _people_of_a_trade(noun: Token) -> bool:
    """ "hygienists", "engineers", "technicians": people named by their trade, in the plural."""
    return noun.tag_ == "NNS" and noun.lemma_.lower().endswith(("ist", "er", "or", "ian", "ant", "ent"))


def _thanked(staff: Token) -> bool:
    """Thanked, or thanks passed on to them: "please thank everyone at X", "convey my
    thanks to everyone at X"."""
    # Past the words that take a part of them: "my thanks to the rest of X's sales team".
    ancestors = [
        a
        for a in staff.ancestors
        if not (a.lower_ == "of" and a.head.lower_ in PARTITIVE_NOUNS)
        and not (a.lower_ in PARTITIVE_NOUNS and any(c.lower_ == "of" for c in a.children))
    ][:3]
    return any(a.lemma_.lower() in THANKING for a in ancestors) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("thank", "thanks", "gratitude", "appreciation")
        for a in ancestors
        for c in a.children
    )


def _met(person: Token) -> bool:
    """Someone the sender met or spoke with in the hiring: "I enjoyed meeting Dana from X",
    "speaking with Dana from X", "my call with Dana from X"."""
    head = person.head
    if person.dep_ == "pobj" and head.lower_ in ("with", "to"):
        head = head.head
    elif person.dep_ != "dobj":
        return False
    if head.lemma_.lower() not in MEETING_VERBS | TALKING:
        return False
    if any(c.dep_ == "relcl" and _made_an_offer(c) for c in person.children):
        return False  # "Dana, who has offered me a post": the next employer's
    subject = subject_of(head) if head.pos_ in ("VERB", "AUX") else None
    return subject is None or is_first_person(subject)


def _said_as(word: Token, words: frozenset[str]) -> bool:
    """The word, by its lemma or as written: the lists hold both "value" and "values", and
    the lemmatiser turns "values" into "value" ("Pinecrest Logistics's values")."""
    return word.lemma_.lower() in words or word.lower_ in words


def _wish_over(staff: Token) -> Token | None:
    """The wish that staff are wished well in: "I wish the X team every success", "best of
    luck to everyone at X"."""
    # As written too: "all the best" is lemmatised "good".
    return next((a for a in list(staff.ancestors)[:3] if _said_as(a, WISH_VERBS | WISH_NOUNS)), None)


def _owns(org: Token, interest: Token) -> bool:
    """What only an employer owns, said of the org itself: "Quillon's culture", "the
    Quillon design culture", "the culture at Quillon"; not "the Tidewater Renewables
    team's approach", a division's own."""
    if not _said_as(interest, OWNED_NOUNS):
        return False
    if org.dep_ == "pobj":
        return org.head.lower_ == "at"
    noun = org
    while noun.dep_ in ("compound", "poss") and noun.head.i != noun.i and noun.i != interest.i:
        if noun.dep_ == "poss" and noun.i != org.i:
            return False  # a possessive between: the team's, the division's
        noun = noun.head
    return noun.i == interest.i


def _interest_anchor(org: Token) -> Token | None:
    """What ties an org to the employer by admiration or interest: "Quillon's culture",
    "the Quillon design culture", "learning about Harbourline Freight"."""
    if org.dep_ in ("poss", "compound"):
        noun = org.head
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head
        if org.dep_ == "compound" and owned_by_reader(noun):
            return None  # "your Revit standards": the reader's own, for a tool or a product
        if _said_as(noun, INTEREST_NOUNS):
            return noun
    # The parse may hang "the Quillon design culture" elsewhere; the words themselves say it:
    # the org, then nouns up to an interest noun ("design culture").
    doc = org.doc
    for j in range(org.i + 1, min(org.i + 4, len(doc))):
        nxt = doc[j]
        if nxt.lower_ in ("'s", "’s"):
            continue
        if _said_as(nxt, INTEREST_NOUNS) and nxt.pos_ in ("NOUN", "PROPN"):
            return nxt
        if nxt.pos_ != "NOUN" or nxt.text[:1].isupper():
            break
    if org.dep_ == "pobj" and org.head.lower_ == "at":
        noun = org.head.head
        if noun.pos_ == "VERB" and org.head.i > 0:
            noun = org.doc[org.head.i - 1]  # "read about the culture at X", "at" hung on the verb
        held: Token = noun
        while held.dep_ == "pobj" and held.head.lower_ == "of" and held.head.head.i != held.head.i:
            held = held.head.head  # "admired the quality of the microbiology work at X"
        admired = held.dep_ == "dobj" and held.head.lemma_.lower() in ADMIRING
        if _said_as(noun, INTEREST_NOUNS) and (owned_by_reader(noun) or _said_as(noun, OWNED_NOUNS) or admired):
            # "I have followed your work at the Harland Research Centre", "the engineering
            # culture at Poldark Systems", "I have always admired the standards at Genova"
            return noun
    if (
        org.dep_ == "poss"
        and _said_as(org.head, INTEREST_NOUNS)
        and org.head.dep_ == "pobj"
        and org.head.head.lower_ == "about"
    ):
        # "what I read about Westhaven Borough Council's regeneration plans"
        verb = org.head.head.head
        if verb.lemma_.lower() in LEARNING_VERBS and not is_negated(verb, through_clauses=False):
            return verb
    if org.dep_ == "pobj" and org.head.lower_ == "about":
        verb = org.head.head
        if verb.lemma_.lower() in LEARNING_VERBS and not is_negated(verb, through_clauses=False):
            return verb
    if (
        org.dep_ == "pobj"
        and org.head.lower_ == "at"
        and org.head.head.lemma_.lower() in THEIR_STAFF
        and org.head.head.dep_ == "nsubj"
        and _its_ways(org.head.head.head, manner=False)
    ):
        return org.head.head  # "the care the team at Harbourview Animal Hospital gives its clients"
    if (
        org.dep_ == "dobj"
        and org.head.lemma_.lower() in ADMIRING
        and is_first_person(subject_of(org.head))
        and not is_negated(org.head, through_clauses=False)
    ):
        return org.head  # "I have admired Pemberton Health for years"
    if org.dep_ == "nsubj" and _its_ways(org.head):
        return org.head  # "I have always admired how Zentrique gives its testers a real say"
    if org.dep_ == "nsubj" and org.head.lemma_.lower() == "have" and not is_negated(org.head, through_clauses=False):
        kept = next((c for c in org.head.children if c.dep_ == "dobj" and _said_as(c, INTEREST_NOUNS)), None)
        if kept is not None:
            return kept  # "I know Bendigo Health has a great reputation for supporting new grads"
    if org.dep_ == "nsubj" and org.head.lemma_.lower() in ("be", "seem", "sound", "look"):
        verb = org.head
        said = [c for c in verb.children if c.dep_ in ("attr", "acomp")] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "like" for g in c.children
        ]
        workplace = next((n for n in said if _said_as(n, WORKPLACES)), None)
        if workplace is not None and not is_negated(verb, through_clauses=False):
            return workplace  # "Kestrel Row seems like a wonderful place to work"
    return None


def _its_ways(verb: Token, *, manner: bool = True) -> bool:
    """ "how X gives its testers a real say", "the way X trains its young staff": an
    organisation (the "its") admired for how it treats its own people or clients. Drafts
    admire the employer's parent this way too ("how the John Lewis Partnership shares its
    profits", to a Waitrose branch), so it is compared with the address alone."""
    told_how = any(c.lower_ == "how" and c.dep_ == "advmod" for c in verb.children) or (
        verb.dep_ == "relcl" and verb.head.lemma_.lower() in MANNER_NOUNS
    )
    return (
        (told_how or not manner)
        and verb.pos_ == "VERB"
        and not is_negated(verb, through_clauses=False)
        and any(t.lower_ == "its" and t.dep_ == "poss" for t in verb.subtree)
    )


def _named_thing(org: Token) -> Token | None:
    """The noun an org's name is said of, past the words between: "Harlow Tech's Site
    Reliability Engineer role", "the Roscommon Builders graduate programme", "Tampines
    Fabrication's Jurong plant"."""
    if org.dep_ not in ("poss", "compound", "nmod") and not (
        org.dep_ == "npadvmod" and fold(org.head.text) in GREETING_DEPARTMENTS
    ):
        return None
    noun = org.head
    for _ in range(4):
        # "the Bluefinch Digital hiring team": "hiring" may be read as a verb between
        if noun.head.i == noun.i or not (
            noun.dep_ == "compound"
            or (noun.dep_ == "amod" and fold(noun.text) in GREETING_DEPARTMENTS)
            or _trade_adjective(noun)
        ):
            break
        noun = noun.head
    return noun if noun.pos_ == "NOUN" else None


def _trade_adjective(word: Token) -> bool:
    """A trade word inside a firm's name that the tagger reads as an adjective: "Dental" in
    "the Orchard Dental team"."""
    return word.dep_ == "amod" and word.text[:1].isupper() and fold(word.text) in COMPANY_WORDS


def _an_org(org: Token, entity_type: Callable[[Token], str], *, titled: bool = False) -> bool:
    """An organisation's name, not a job title written in capitals: a possessive ("Harlow
    Tech's"), or a name ending in a company word ("the Ashgrove Animal Hospital
    interview"). Before a role noun (``titled``) capitals are as often a title ("the Senior
    Nurse post", which the recogniser may call an organisation), so only those two count;
    before a place of theirs ("the Karoo Minerals family") an organisation's label does.
    The counting pass, without entity labels, lets every name through."""
    if org.dep_ == "poss":
        return entity_type(org) not in NOT_ORGS
    if fold(org.text) in COMPANY_WORDS:
        return True
    if any(w.text == "&" for w in _chunk(org)):
        return entity_type(org) in (UNREAD, "ORG", "", "PERSON")  # "Abbott & Quayle": partners
    if titled and org.i + 1 < len(org.doc):
        after = org.doc[org.i + 1]
        if _trade_adjective(after):
            return entity_type(org) in (UNREAD, "ORG", "")  # "the Orchard Dental team"
    if titled:
        # Before a role noun, a name with a word no title has: "the Tembusu Pay position",
        # "the Malabar Finance interview"; "the Data Science role" is all common words.
        # An acronym ("CNM", "CDL") is as often a title or a licence, and a title's rare
        # word is its last ("Public Safety Telecommunicator"); a firm's is its first.
        chunk = _chunk(org)
        words = [w for w in chunk if w.text[:1].isupper() and not w.text.isupper()]
        return (
            entity_type(org) in (UNREAD, "ORG", "")
            and len(words) >= 2
            and any(usage().zipf(fold(w.text)) < RARE_NAME for w in words[:-1])
        )
    return entity_type(org) in (UNREAD, "ORG")


def _placed_at_a_name(thing: Token) -> bool:
    """A role said to be at a named organisation ("the DevOps Lead role at Orbital
    Software"): the capitals before it are the job's title, not a second firm."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("at", "with")
        and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in thing.children
    )


def _anothers_project(thing: Token) -> bool:
    """ "Lochside's work on the Dunblane scheme", "Arden's bid for the Kelso contract", "your
    crew on the Burrard tower job": a thing that belongs to the work a named organisation (or
    the reader's) did, not a role or a hiring."""
    if thing.dep_ != "pobj" or thing.head.dep_ != "prep":
        return False
    if thing.lemma_.lower() == "job" and thing.head.lower_ == "on":
        return True  # "your crew on the Burrard tower job": a site worked on, not a post
    owner = thing.head.head
    return owner.pos_ == "NOUN" and any(
        # "Lochside's work on the Dunblane scheme", "your bid for the Kelso contract"
        c.dep_ == "poss" and (c.pos_ == "PROPN" or c.lower_ in ("your", "their"))
        for c in owner.children
    )


def _lone_name(org: Token, thing: Token) -> bool:
    """A firm named by one word before the role: "the Fernhill offer", "the Castell role".
    One word is a name only when it is written as one right after "the" (not "the Chef de
    Partie position", not "your Redfern role"), is in no dictionary and rare in use (a
    title's or a department's word is neither: "the Marketing role", "the Haematology
    post"), is no title's last word and no agent noun ("the Sonographer role"), and is no
    town's ("the Polokwane interview" says where). A team or a department named so is a part
    of the employer ("the Womenswear team"), so only the role itself and its hiring count."""
    text = org.text
    word = fold(text)
    return (
        org.dep_ == "compound"
        and thing.lemma_.lower() in LONE_NAMED
        and len(_chunk(org)) == 1
        and org.i > 0
        and org.doc[org.i - 1].lower_ == "the"
        and text[:1].isupper()
        and not text.isupper()
        and text.isalpha()
        and usage().zipf(word) < RARE_NAME
        and word not in JOB_TITLES
        and not word.endswith(AGENT_ENDINGS)
        and not listed(word)
        and not is_place(text)
    )


def _fills_the_role(verb: Token) -> bool:
    """The search the sender leaves: "will find a great associate", "finds the right
    person", "fills the post soon". Its subject is the employer being declined."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in SEARCH_VERBS:
        return any(o.lemma_.lower() in SOUGHT or fold(o.text) in JOB_TITLES for o in objects)
    return lemma in FILL_VERBS and any(_said_as(o, ROLE_NOUNS) for o in objects)


def _kin(a: str, b: str) -> bool:
    """Two names built on one rare word: "Royal Fenwick Hospital" and "North Fenwick NHS
    Foundation Trust", a hospital and the trust that runs it."""
    rare = {w for w in a.split() if len(w) >= 4 and w not in COMPANY_WORDS and usage().zipf(w) < RARE_NAME}
    return bool(rare & set(b.split()))


def _job_with(org: Token, noun: Token) -> bool:
    """ "the Home Carer post with Thistle Homecare": a job is held with a firm, whatever
    the recogniser labels its name; an interview or a call is with a person, and so is a
    post with a titled one ("a position with Prof. Okafor")."""
    first = _chunk(org)[0]
    titled = first.i > 0 and fold(org.doc[first.i - 1].text) in TITLES
    return noun.lemma_.lower() in JOB_NOUNS - {"team"} and not titled and fold(first.text) not in TITLES


def _anchor(org: Token, entity_type: Callable[[Token], str]) -> Token | None:
    """The role noun or verb an org is tied to, or None when it is mentioned otherwise."""
    dep = org.dep_
    head = org.head
    if dep in ("punct", "dep") and fold(org.text) in COMPANY_WORDS:
        # "the Team Leader position at Vertex BPO Solutions Inc. I am ...": the parse
        # may lose a name that ends in a suffix's full stop; the word before it says how
        # it is tied.
        first = _chunk(org)[0]
        before = org.doc[first.i - 1] if first.i > 0 else None
        if before is not None and before.dep_ == "prep" and before.lower_ in ("at", "with"):
            dep, head = "pobj", before
    if dep == "poss" and _role_noun(head) and entity_type(org) not in NOT_ORGS:
        return head
    if (
        dep == "poss"
        and head.lemma_.lower() == "process"
        and any(c.dep_ == "compound" and c.lemma_.lower() in HIRING_STAGES | {"hiring"} for c in head.children)
        and not any(t.lower_ in TITLES for t in org.doc[max(0, org.i - 2) : org.i])
    ):
        # "Pixelform's hiring process": only an organisation has one, whatever the recogniser
        # takes the name for
        return head
    thing = _named_thing(org)
    if thing is not None and (
        (
            (_role_noun(thing) or _hiring_event(thing))
            and (_an_org(org, entity_type, titled=True) or _lone_name(org, thing))
        )
        or (
            thing.lemma_.lower() in EMPLOYER_PARTS
            and _an_org(org, entity_type)
            # "the Furness site", "your Geelong office": a place of theirs, named by where
            # it is; "Fagbemi Associates' Lagos office" says whose, and so does a firm's
            # name no place has ("the Brandt & Söhne plant").
            and (
                org.dep_ == "poss"
                or thing.lemma_.lower() not in EMPLOYER_PLACES
                or any(w.text == "&" or fold(w.text) in COMPANY_WORDS for w in _chunk(org))
            )
            and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in thing.children)
        )
    ) and not _anothers_project(thing) and not (org.dep_ != "poss" and _placed_at_a_name(thing)):
        # "Harlow Tech's Site Reliability Engineer role", "the Ashgrove Animal Hospital
        # interview", "Fagbemi Associates' Lagos office".
        return thing
    considered = _consideration(org, entity_type)
    if considered is not None:
        return considered
    if dep == "dobj" and head.lemma_.lower() in ("join",):
        return head
    if _worked_with(org) and not _asserted(head.head) and entity_type(org) in (UNREAD, "ORG", ""):
        return head.head  # "I hope I can cross paths with Brandt Fördertechnik again": hoped for
    if (
        dep == "pobj"
        and head.lower_ == "at"
        and head.head.lemma_.lower() == "time"
        and is_yours(head.head)
        and any(a.lemma_.lower() in THANKING | GRATEFUL for a in list(head.head.ancestors)[:3])
    ):
        return head.head  # "thank you for your time at Crestline Energy": where they gave it
    let = head.head if dep in ("nsubj", "dobj") and head.lower_ == "down" else head
    if (
        dep in ("nsubj", "dobj")
        and let.lemma_.lower() == "let"
        and any(c.lower_ == "down" for c in (*let.children, *head.children, *org.children))
        and any(w.text == "&" or fold(w.text) in COMPANY_WORDS for w in _chunk(org))
    ):
        return let  # "I'm sorry to let Thistle & Rowe down": the firm the sender withdraws from
    if (
        dep == "pobj"
        and head.lower_ in ("at", "of")
        and head.head.lemma_.lower() in THEIR_STAFF
        and head.head.dep_ == "dobj"
        and head.head.head.lemma_.lower() == "join"
    ):
        return head.head.head  # "the chance to join the operations team of Pacific Crest"
    if dep == "nsubj" and entity_type(org) != "PERSON" and _fills_the_role(head):
        return head  # "I'm confident Riverside Animal Clinic will find a great associate"
    staff = _named_thing(org)
    if (
        staff is not None
        and staff.lemma_.lower() in THEIR_STAFF
        and staff.dep_ == "nsubj"
        and entity_type(org) != "PERSON"
        and _fills_the_role(staff.head)
    ):
        return staff.head  # "I am sure Nimbuspay's engineering team will find a strong candidate"
    if (
        dep == "pobj"
        and head.lower_ == "for"
        and head.head.lemma_.lower() in CANDIDATES
        and entity_type(org) != "PERSON"
    ):
        return head.head  # "the session can go to another candidate for Altavista Air plc"
    ours = any(c.dep_ == "poss" and is_first_person(c) for c in head.children)  # "our client, Banco Silangan"
    if dep == "appos" and head.lemma_.lower() == "client" and entity_type(org) != "PERSON" and not ours:
        return head  # "putting me forward to your client, Lindqvist Marine": the employer
    if (
        dep == "appos"
        and head.lemma_.lower() in OWN_EMPLOYER_NOUNS
        and is_yours(head)
    ):
        return head  # "I wish your esteemed organisation Narmada Buildcon all success"
    if (
        dep in ("poss", "compound")
        and head.lemma_.lower() in ("offer", "invitation")
        and head.dep_ in ("pobj", "dobj")
        and entity_type(org) not in NOT_ORGS
        and (dep == "poss" or _an_org(org, entity_type, titled=True) or _lone_name(org, head))
    ):
        # "after reflecting on Unity Trust Bank's offer of an interview", "to turn down the
        # Corvid Labs offer"; "Ridgeline's offer came through" is news of the next job, and
        # an offer accepted is moved on to.
        return head
    if (
        dep == "pobj"
        and head.lower_ == "from"
        and head.head.lemma_.lower() in INVITING
        and _an_org(org, entity_type)
    ):
        return head.head  # "the invitation from Quayside Events"; not "from Ruth Okafor"
    if (
        dep == "pobj"
        and head.lower_ == "from"
        and head.head.lemma_.lower() == "hear"
        and any(_role_noun(w) for w in head.head.subtree if w.i > org.i)
    ):
        return head.head  # "glad to hear from Thornbury Homes about future vacancies"
    wished = head.head if dep == "nmod" and head.dep_ == "dobj" else head
    if (
        dep in ("dobj", "dative", "nmod")
        and wished.lemma_.lower() in WISH_VERBS
        # An organisation by its label or its words: "I wish Sabine every success" wishes a
        # person well, whatever place the recogniser takes her for.
        and (any(fold(w.text) in COMPANY_WORDS for w in _chunk(org)) or entity_type(org) in ("ORG", UNREAD))
    ):
        # "I wish Westfell Council every success in filling the post", "I wish Brenner
        # Fahrzeugtechnik GmbH much success" (the parse hangs the name on the success).
        return wished
    if (
        dep == "pobj"
        and head.lower_ in ("to", "for")
        and head.head.pos_ == "VERB"
        and head.head.lemma_.lower() in RETURN_VERBS
        # "if we return to Singapore": a place, not an employer
        and entity_type(org) not in ("GPE", "LOC")
    ):
        return head.head  # "I hope to apply to Ashgrove Housing again"
    if dep == "pobj" and head.lower_ == "at" and head.head.lower_ in EVERYONE:
        # "I wish everyone at St. Kieran's College the very best" (the parse may make
        # "everyone" the subject of "the very best"), "Best of luck to everyone at X".
        wish = _wish_over(head.head)
        if wish is not None:
            return wish
    if (
        dep == "pobj"
        and head.lower_ in ("to", "for")
        and head.head.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in APPLYING_NOUNS for c in head.head.children)
        and entity_type(org) != "PERSON"
    ):
        return head.head  # "please withdraw my application to Gulf Coast Electric" ("to" on the verb)
    applying = head.head.pos_ == "NOUN" and head.head.lemma_.lower() in APPLYING_NOUNS
    if dep == "pobj" and head.lower_ in ("to", "for", "with") and applying and entity_type(org) != "PERSON":
        return head.head  # "withdraw my application to the Institute", "my candidacy for Northfield"
    if (
        dep == "pobj"
        and head.lower_ == "for"
        and head.head.pos_ == "VERB"
        and head.head.lemma_.lower() in MEETING_VERBS
        and _an_org(org, entity_type)
        and org.lemma_.lower() not in ROLE_NOUNS
        and not any(w.lower_ in JOB_TITLES for w in _chunk(org))
    ):
        return head.head  # "I'm not ready to interview for Saltmarsh Studios"
    if dep != "pobj" or head.lower_ not in ("at", "with"):
        return None
    if head.lower_ == "with" and entity_type(org) == "PERSON" and not _job_with(org, head.head):
        return None  # "the interview with Tom" names a person
    if head.lower_ == "with" and is_yours(head.head):
        return None  # "your exchange programme with Salamanca": a partner of theirs
    if head.lower_ == "with" and any(c.lower_ in ("jointly", "together") for c in head.head.children):
        return None  # "the post is run jointly with University College Cork": a partner
    anchor = head.head
    lemma = anchor.lemma_.lower()
    if head.lower_ == "at" and _said_as(anchor, WISH_NOUNS) and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in EVERYONE for g in c.children)
        for c in anchor.children
    ):
        return anchor  # "All the very best to the team at Kestrel Row": the parse hangs "at" on the wish
    for _ in range(2):
        # "on the cardiac unit at X", "the post with the children's team at X"
        titled = anchor.head.lower_ in ("as", "of", "in", "for", "on", "with")
        if anchor.pos_ in ("NOUN", "PROPN") and not _role_noun(anchor) and titled:
            # "the position as process engineer at Brennan Kessler", "the lectureship in
            # medieval history at the University of Stirling": the title's own role noun.
            anchor = anchor.head.head
    if anchor.pos_ in ("NOUN", "PROPN"):
        # "the trial shift at Blue Door": a stage of the hiring, held by the employer
        return anchor if _role_noun(anchor) or _hiring_event(anchor) else None
    if anchor.pos_ == "VERB":
        met_before = anchor.tag_ == "VBD" or (
            anchor.tag_ in ("VBG", "VB")
            # "It was great meeting ...", "it was a pleasure to meet you at ...": told after
            and (anchor.head.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in anchor.children))
        )
        if met_before and lemma in MEETING_VERBS and any(
            c.dep_ == "dobj" and (c.lower_ == "you" or any(p.lower_ == "your" for p in c.children))
            for c in anchor.children
        ):
            # "It was great meeting your team at DataConf Lagos": where they met, not who;
            # "looking forward to meeting your team at Globex" names the employer.
            return None
        if lemma == "meet" and (subject := subject_of(anchor)) is not None and subject.lower_ in ("we", "us"):
            return None  # "I hope we meet again at the next DataConf": a place to meet
        if lemma in WORKING and (subject := subject_of(anchor)) is not None and not (
            is_first_person(subject) or subject.lower_ == "you"
        ):
            return None  # "a former classmate who works at Sandgrove Capital": someone else's employer
        if lemma in MEETING_VERBS or lemma in WORKING or lemma == "join":
            return anchor
        if lemma in WISH_VERBS and any(c.dep_ in ("dobj", "dative") and c.lower_ in EVERYONE for c in anchor.children):
            return anchor  # "Wishing everyone at Qasr Al Bahar a very successful season": "at" on the wish
        if any(_role_noun(c) and c.dep_ in ("dobj", "nsubjpass") for c in anchor.children):
            return anchor
        preps = [
            c
            for c in (*anchor.children, *(g for o in anchor.children if o.dep_ == "dobj" for g in o.children))
            if c.dep_ == "prep" and c.lower_ in ("for", "from", "with")
        ]
        if any(_role_noun(g) or _hiring_event(g) for c in preps for g in c.children):
            # "shortlisting me for the lectureship ... at the University of Alnmouth",
            # "withdraw from the hiring process at Bramley Insights", "keep in touch with
            # the team at Brightloop" (the parse may hang "at" on the verb).
            return anchor
        if lemma in OPENING_VERBS and any(
            (_role_noun(c) or c.lower_ in ("anything", "something")) and c.dep_ == "nsubj" for c in anchor.children
        ):
            return anchor  # "if any day roles come up at O'Malley Freight", "if anything suitable comes up at X"
    return None


def employer_mentions(document: EmailDocument, not_employers: frozenset[str] = frozenset()) -> list[Mention]:
    """Orgs the draft ties to the role it declines, in order."""
    # Entity labels only ever rule a mention out, so a pass that reads none finds a superset.
    # When that names fewer than two companies there is nothing to compare, and the draft
    # is done without entity recognition (a third of a parse).
    rough = _mentions(document, not_employers, lambda token: UNREAD)
    if len(grouped(rough)) < 2 and not any(m.unlabelled for m in rough):
        return rough
    return _mentions(document, not_employers, document.entity_type)


def labelled_out(document: EmailDocument, mention: Mention) -> bool:
    """Do the entity labels call a mention the counting pass found a date or a number? "move the interview
    to Thursday" is tied as a name is, and only the labels say it is a date. Asked before a
    lone mention is reported, which the counting pass alone may find."""
    # Dates and numbers only: the labels call many a firm a person ("Kestrel Row"), which
    # the pass that reads them allows for in its own ways.
    words = [t for t in document.doc if mention.start <= t.idx < mention.end]
    return any(document.entity_type(t) in NOT_ORGS - {"PERSON"} for t in words)


def _named_by_trade(recognised: Callable[[Token], str], domain: str) -> Callable[[Token], str]:
    """Entity labels, with a name that ends in a trade or company word taken as an
    organisation whatever the small recogniser says ("Copper Kettle Hospitality" as a
    person), and so is a name with "'s" after "at": "everyone at Mulligan's" is a pub, and
    a name the To: address is at: "the post at The Linden" to "thelinden.com", which the
    recogniser may take for a place."""

    # Whether the address holds a token's name, asked once per token: the reading of ties
    # asks a token's label many times over.
    held: dict[int, bool] = {}

    def by_address(token: Token) -> bool:
        if token.i not in held:
            key = name_key(" ".join(t.text for t in _chunk(token)))
            held[token.i] = len(key) >= 4 and domain_names(domain, key)
        return held[token.i]

    def entity_type(token: Token) -> str:
        if fold(token.text) in COMPANY_WORDS:
            return "ORG"
        if token.dep_ == "pobj" and token.head.lower_ == "at" and any(c.dep_ == "case" for c in token.children):
            return "ORG"
        if domain and token.pos_ == "PROPN" and by_address(token):
            return "ORG"
        return recognised(token)

    return entity_type


def _mentions(
    document: EmailDocument, not_employers: frozenset[str], entity_type: Callable[[Token], str]
) -> list[Mention]:
    domain = recipient_domain(document)
    entity_type = _named_by_trade(entity_type, domain)
    signer = person_name(document.span_text(document.parts.signer)) if document.parts.signer else None
    # What a door left open or a wish names is the reader's side: "I hope to work with
    # Ashgrove again" is no move elsewhere, whatever the verb.
    ahead = [
        (m.start, m.end) for m in moves_of(document) if m.has(Move.DOOR_OPENED) or m.has(Move.WELL_WISHES)
    ]
    out: list[Mention] = []
    # Organisations the draft names as the sender's own, current or next: never the one
    # declined, wherever else they are named ("the team at Halden" after "my current
    # employer, Halden Pharmacy Group").
    elsewhere: list[str] = []
    postscript = document.parts.postscript
    own_words = itertools.chain(document.tokens(document.body), document.tokens(postscript) if postscript else ())
    for token in own_words:
        if token.pos_ != "PROPN" and not _capitalised_head(token):
            continue
        if not (token.text[:1].isupper() or token.text[:1].isdigit()) and not (
            fold(token.text) in COMPANY_WORDS and token.i > 0 and token.doc[token.i - 1].text[:1].isupper()
        ):
            # "locum work": the tagger's proper noun, but no name is written small ("Altavista
            # Air plc" ends in a suffix some write small)
            continue
        if _paired_code(token):
            continue  # "the EN–PL translator position": a pair of codes, no name
        agency = _chunk(token) if fold(token.text) in AGENCY_WORDS and token.pos_ == "PROPN" else []
        if len(agency) > 1:
            # "I heard about the job through Pathway Staffing": an agency, however it is tied,
            # and so is "Pathway" when named again short.
            elsewhere.append(name_key(document.text[agency[0].idx : token.idx + len(token.text)]))
            continue
        interest = _interest_anchor(token)
        # "the Crane & Whitfield team", "the Bluefinch Digital hiring team"
        modifier = token.dep_ in ("compound", "nmod", "npadvmod")
        staff_admired = interest is not None and interest.lemma_.lower() in THEIR_STAFF
        # What ties it to the role, read once (it holds its having considered the sender).
        tied = _anchor(token, entity_type) if modifier or interest is None or staff_admired else None
        if staff_admired and tied is not None:
            # "how the private client team at Drummond Hay handles its trust work": the team
            # at X is tied to the role as well as admired; the tie counts.
            interest = None
        if modifier and interest is None and tied is None:
            continue
        named = tied if modifier else None
        if (
            token.dep_ in ("compound", "nmod")
            and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].pos_ == "PROPN"
        ):
            continue  # not the org's last word: its head comes next
        after = token.doc[token.i + 1 : token.i + 5]
        if [w.text for w in after[:1]] == ["("] and [w.text for w in after[2:3]] == [")"] and after[3:4] and (
            after[3].pos_ == "PROPN"
        ):
            continue  # "Protea Motors (Pty) Ltd": its last word comes after the brackets
        if entity_type(token) in NOT_ORGS - {"PERSON"}:
            continue
        anchor = interest or tied
        if anchor is not None and _moving_on(anchor) and (
            _asserted(anchor) or not any(a <= anchor.idx < b for a, b in ahead)
        ):
            elsewhere.append(name_key(document.text[_chunk(token)[0].idx : token.idx + len(token.text)]))
            continue
        if _own_employer(token) or _offered_by(token):
            # Wherever it is tied ("a head teacher post at my current TAFE").
            elsewhere.append(name_key(document.text[_chunk(token)[0].idx : token.idx + len(token.text)]))
            continue
        if anchor is None:
            continue
        words = _chunk(token)
        if anchor.pos_ == "NOUN" and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" and c not in words for c in anchor.children
        ):
            continue  # "Lincoln's garden program with the department at Riverbend College": a partner
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        text = document.text[start:end]
        if document.overlaps_placeholder(start, end):
            continue
        key = name_key(text)
        if not key:
            continue  # "Ltd." or "The" alone: a suffix or article with no name to it
        by_address = bool(domain) and domain_names(domain, key)
        name = person_name(text)
        own_name = name is not None and signer is not None and name.matches(signer)
        if own_name and not by_address:
            continue  # the sender's own name; "Whitford Kane" at whitfordkane.com is a firm
        if _placed(words[0]):
            continue  # "St Kieran's Hospital, Kilkenny": the town an organisation is in
        if _quoted(words):
            continue  # 'the "Open Studio" design residency': a programme's title, in quotation marks
        if any(word in AGENCY_WORDS for word in key.split()):
            # "everyone at Brookfield Recruitment": an agency, never the employer declined,
            # nor when named again short ("Joanne from Pathway" after "Pathway Staffing").
            elsewhere.append(key)
            continue
        if key.split()[-1] in EVENT_WORDS:
            continue  # "meet at the next UX Camp": an event, not an employer
        parts = key.split()
        if len(parts) > 2 and parts[0] in SCHOOL_UNITS and parts[1] == "of":
            continue  # "the School of Nursing", "the College of Medicine": a part of a university
        if len(parts) > 3 and parts[0] in BODY_PREFIXES and "of" in parts[1:3]:
            continue  # "the Royal College of General Practitioners": a professional body
        if (
            len(parts) >= 2
            and parts[-1] in STREET_WORDS
            and not any(p in COMPANY_WORDS for p in parts)
            and not (_role_noun(anchor) and anchor.lemma_.lower() not in THEIR_STAFF)
        ):
            continue  # "the team at Canary Wharf": where they are; "the chef role at Saffron Lane": who
        partners = any(w.text == "&" for w in words)  # "Tanaka & Ward": surnames, whatever they mean
        if not partners and (key.split()[-1] in UNIT_WORDS or key.split()[0] in UNIT_WORDS):
            continue  # "everyone at Cedar Ward", "Ward 7": a part of the employer
        people_at = token.dep_ == "pobj" and token.head.lower_ == "at" and token.head.head.lower_ in EVERYONE
        if not people_at and (
            key.split()[-1] in JOB_TITLES or (token.dep_ == "compound" and token.head.lower_ in JOB_TITLES)
        ):
            # "the Senior Staff Nurse post", "the Logistics Coordinator role": a job title; but
            # "everyone at Harbourside Chemist" is at a place, so a firm
            continue
        if (
            len(words) == 1
            and token.dep_ == "compound"
            and token.head.lemma_.lower() in UNIT_WORDS | EMPLOYER_PLACES
            and is_place(token.text)
        ):
            continue  # "the Bengaluru office team", "the Parramatta campus team": a place of theirs
        if len(words) == 1 and _by_its_kind(words[0]) and not by_address:
            # "the Trust's approach": the employer, or its parent, named by its kind; but "the
            # post at The Linden" to "thelinden.com" names it by its own name.
            continue
        if any(parts[k] in EVENT_WORDS and parts[k + 1] == "of" for k in range(len(parts) - 1)):
            continue  # "the CIPD Festival of Work": an event named for its subject
        if (
            token.dep_ == "nsubj"
            and anchor.lemma_.lower() in SEARCH_VERBS | FILL_VERBS
            and any(_kin(key, m.key) for m in out)
        ):
            # "I hope North Fenwick NHS Foundation Trust finds a strong candidate" after
            # "the post at the Royal Fenwick Hospital": the body that runs it, wished well.
            continue
        if key.split()[0] not in not_employers and (interest is None or entity_type(token) != "PERSON"):
            out.append(
                Mention(
                    key,
                    text,
                    start,
                    end,
                    interest is not None,
                    any(a <= start < b for a, b in ahead),
                    interest is not None
                    and (
                        _owns(token, interest)
                        # "your work at X": the reader's own organisation
                        or owned_by_reader(interest)
                    ),
                    # Mentions by the places of a firm ("X's Lagos office", "the X family")
                    # may be a person's or a place's: they wait for the entity labels.
                    unlabelled=entity_type(token) == UNREAD
                    and (named is not None or anchor.lemma_.lower() in EMPLOYER_PARTS),
                )
            )
    out.extend(_greeted(document, not_employers, entity_type))
    # "Lagos State University Teaching Hospital (LASUTH)": the draft defines its own short
    # name, and the short name is the same employer wherever else it is used.
    aliases = {
        name_key(match.group(1)): m.key for m in out if (match := _DEFINED_SHORT_NAME.match(document.text, m.end))
    }
    out = [replace(m, key=aliases.get(m.key, m.key)) for m in out]
    return [m for m in out if not any(key and same(key, m.key) for key in elsewhere)]


_DEFINED_SHORT_NAME = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,11})\)")


def _asserted(verb: Token) -> bool:
    """A move told as fact ("I will be joining Ashdown next month"), not one hoped for
    ("I hope to work with Ashgrove again", "I would love to join you one day")."""
    node: Token | None = verb
    while node is not None and node.pos_ not in ("VERB", "AUX"):
        node = node.head if node.head.i != node.i else None
    if node is None:
        return False
    # Up the clauses it hangs in: "I hope I get to work alongside X one day" hopes.
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "'d", "’d") for c in node.children):
            return False
        head = node.head
        if node.dep_ not in ("xcomp", "ccomp", "pcomp", "advcl", "acl") or head.i == node.i:
            return True
        if head.lemma_.lower() in HOPING and (node.dep_ != "ccomp" or head.lemma_.lower() in ("hope", "wish")):
            return False  # not "I'm happy to say I have joined X": the saying is glad, the move told
        node = head
    return True


def _own_employer(org: Token) -> bool:
    """Named as the sender's own employer: "my current employer, Halden Pharmacy Group",
    "a head teacher post at my current TAFE"."""
    if any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in org.children):
        return True
    if any(_where_i_was(c) for c in org.children):
        return True  # "Oakridge Pharmacy, where I did my pre-registration year"
    if org.dep_ != "appos":
        return False
    noun = org.head
    return noun.lemma_.lower() in OWN_EMPLOYER_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("my", "our") for c in noun.children
    )


def _where_i_was(clause: Token) -> bool:
    """ "where I did my bootcamp", "where I work now": a relative clause that puts the
    sender there."""
    return (
        clause.dep_ == "relcl"
        and any(c.lower_ == "where" for c in clause.children)
        and is_first_person(subject_of(clause))
    )


def _offered_by(org: Token) -> bool:
    """The firm whose offer the sender took: "I just accepted a full-time offer from
    RiteCare", "I've taken a job with Brook Dental", "Ironvale made me an offer"."""
    if org.dep_ == "nsubj" and _made_an_offer(org.head):
        return True
    if any(c.dep_ == "relcl" and _made_an_offer(c) for c in org.children):
        return True  # "Dana from Ironvale, who has offered me a post"
    if org.dep_ != "pobj" or org.head.lower_ not in ("from", "with", "at"):
        return False
    noun = org.head.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ROLE_NOUNS | {"offer", "contract"} and _moving_on(noun)


def _greeted(
    document: EmailDocument, not_employers: frozenset[str], entity_type: Callable[[Token], str]
) -> list[Mention]:
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
        # "Dear Hiring Team at Evergreen Landscapes", "Hello Bea and everyone at Paper Lantern"
        people = token.head.head.lemma_.lower()
        if token.dep_ == "pobj" and token.head.lower_ == "at" and people in GREETING_GROUPS | EVERYONE:
            words = _chunk(token)
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            key = name_key(document.text[start:end])
            if key and key.split()[0] not in not_employers and not any(w in AGENCY_WORDS for w in key.split()):
                out.append(Mention(key, document.text[start:end], start, end))
    for group in tokens:
        if group.lemma_.lower() not in GREETING_GROUPS:
            continue
        # The last word of the name, right before the group's noun and any words for the
        # firm's own recruiters ("Dear Harwood Logistics Recruitment Team").
        i = group.i - 1
        while i > tokens[0].i and fold(doc[i].text) in GREETING_DEPARTMENTS:
            i -= 1
        token = doc[i]
        if i < tokens[0].i or not token.text[:1].isupper() or token.dep_ not in ("compound", "amod", "nmod", "conj"):
            continue
        # The name's words: the capitalised run before it, after "Dear" and any "the";
        # partners joined by "&" are one name ("Dear Halloran & Co hiring team").
        first = i
        while first - 1 >= tokens[0].i:
            before = doc[first - 1]
            if before.text[:1].isupper() and before.is_alpha:
                first -= 1
            elif before.text == "&" and first - 2 >= tokens[0].i and doc[first - 2].text[:1].isupper():
                first -= 2
            else:
                break
        words = [w for w in doc[first : i + 1] if fold(w.text) not in GREETING_OPENERS]
        if not words or not any(w.is_alpha and usage().zipf(fold(w.text)) < RARE_NAME for w in words):
            continue
        kind = entity_type(token)
        # An organisation, or a rare name the recogniser leaves unlabelled ("Hey Northgate
        # team"); never a place ("Dear Cardiff team" greets an office), and a person only
        # when "the" says the name is a firm's ("Dear Chef Ramírez and the Pujol team").
        named_firm = kind == "PERSON" and first > 0 and doc[first - 1].lower_ == "the"
        if kind not in (UNREAD, "ORG", "") and not named_firm:
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        key = name_key(document.text[start:end])
        if not key or key.split()[0] in not_employers or any(w in AGENCY_WORDS for w in key.split()):
            continue
        out.append(Mention(key, document.text[start:end], start, end, unlabelled=kind == UNREAD))
    return out


def _quoted(words: list[Token]) -> bool:
    """Is the name set in quotation marks, as a programme's or a scheme's title is?"""
    doc = words[0].doc
    start, end = words[0].i, words[-1].i + 1
    return start > 0 and end < len(doc) and doc[start - 1].is_quote and doc[end].is_quote


def _placed(first: Token) -> bool:
    """A name right after another and a comma, hung on the same words: the place of the
    one before ("the post at St Kieran's Hospital, Kilkenny"), not a second organisation."""
    doc = first.doc
    i = first.i
    if i < 2 or doc[i - 1].text != "," or not doc[i - 2].text[:1].isupper():
        return False
    return doc[i - 2].pos_ == "PROPN" and (doc[i - 2].head.i == first.head.i or doc[i - 2].head.i >= first.i)


def _made_an_offer(verb: Token) -> bool:
    """ "made me an offer", "has offered me the post", "hired me": a job given to the
    sender, not an interview ("invited me to interview" is the employer declined)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in WELCOMING_VERBS or is_negated(verb):
        return False
    giver = subject_of(verb)
    if giver is not None and (giver.lower_ == "you" or is_yours(giver)):
        return False  # "the role at Harland Signalling, which your office offered me": theirs, declined
    doc = verb.doc
    # Read by position: the parse often makes "me" the subject of "an offer".
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "me":
        return False
    inside = {t.i for t in verb.subtree}
    given = any(
        t.lemma_.lower() in OFFERED_THINGS and t.i in inside for t in doc[verb.i + 2 : min(verb.i + 6, len(doc))]
    )
    return given or verb.lemma_.lower() in ("hire", "offer")


def _by_its_kind(word: Token) -> bool:
    """ "the Trust", "the Federation", "the Practice": an organisation named by a common noun
    in capitals after "the", as drafts name the employer or its parent. A name ("the
    Savoy") is a rare word."""
    if fold(word.text) in COMPANY_WORDS:
        return True  # "Energy" split off "All-Energy"; a trade word alone names no firm
    doc = word.doc
    article = word.i > 0 and doc[word.i - 1].lower_ == "the"
    # "the DBS panel" is an acronym; "the Crane & Whitfield team" names partners.
    # ... and "the Orchard Dental team" goes on past it.
    joined = word.i + 1 < len(doc) and (doc[word.i + 1].lower_ in ("&", "and") or doc[word.i + 1].text[:1].isupper())
    return article and word.text.istitle() and not joined and usage().zipf(fold(word.text)) >= RARE_NAME


def _paired_code(token: Token) -> bool:
    """ "EN–PL", "UK/EU": short codes in capitals joined by a dash or a slash (languages,
    regions), which name no organisation."""
    doc = token.doc

    def code(word: Token) -> bool:
        return word.text.isupper() and word.is_alpha and len(word.text) <= 3

    if not code(token):
        return False
    after = token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "–", "/") and code(doc[token.i + 2])
    before = token.i >= 2 and doc[token.i - 1].text in ("-", "–", "/") and code(doc[token.i - 2])
    return after or before


def _capitalised_head(token: Token) -> bool:
    """ "Penwright Media", "Kestrel Health": a name ending in a common noun, which the
    tagger reads as a noun; capitalised mid-sentence after a proper noun, it ends a name."""
    return (
        # "Tallis Brewing": the tagger may read the last word as a verb
        token.pos_ in ("NOUN", "VERB")
        and token.text[:1].isupper()
        and not token.is_sent_start
        # "Penwright Media"; "Hoffmann & Reuter GmbH", where the partners are possessors;
        # "Pinecrest Media", where the tagger reads the name as an adjective (only before a
        # trade word and only a rare one: never "Critical Care").
        and any(
            (c.dep_ in ("compound", "poss") and c.pos_ == "PROPN")
            or (
                c.dep_ == "amod"
                and c.pos_ in ("PROPN", "ADJ")
                and fold(token.text) in COMPANY_WORDS
                and c.text[:1].isupper()
                and not c.is_sent_start
                and usage().zipf(fold(c.text)) < RARE_NAME
            )
            for c in token.children
        )
    )


def grouped(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions gathered by company, in order of first mention."""
    groups: list[list[Mention]] = []
    for mention in mentions:
        for group in groups:
            if same(group[0].key, mention.key):
                group.append(mention)
                break
        else:
            groups.append([mention])
    return groups


def same(a: str, b: str) -> bool:
    """ "acme" and "acme labs" are one company written two ways; so are "the Academy" and
    "Kingsbridge Academy" (the kind of place alone stands for the one named)."""
    if a == b or a.startswith(b + " ") or b.startswith(a + " "):
        return True
    short, long = sorted((a, b), key=len)
    if " " not in short and long.endswith(" " + short):
        return True
    if " " not in short and short in long.split() and len(short) >= 4 and usage().zipf(short) < RARE_NAME:
        return True  # "Sisk" for "John Sisk & Son": the firm's own rare word, said alone
    # "EMAS" for "East Midlands Ambulance Service": a name and its initials.
    initials = "".join(w[0] for w in long.split() if w not in ("of", "and", "the", "for"))
    if " " not in short and len(initials) >= 3 and short[:-1] == initials:
        return True  # "LMWC" for "Lagos Metro Water Corporation", whose key drops "corporation"
    return " " not in short and len(short) >= 2 and short in (initials, initials.replace("&", ""))

"""What the email around the body says of the employer, for rule ``company-mismatch``: the
`To:` address, the subject line and the invitation a reply quotes."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from declint.document.email import EmailDocument
from declint.nlp.usage import usage
from declint.text.names import fold
from declint.text.parts import ATTRIBUTION_LINE

from ._company_address import domain_names, organisation
from ._company_data import (
    AGENCY_WORDS,
    COMPANY_WORDS,
    GREETING_DEPARTMENTS,
    GROUP_KINDS,
    HIRING_STAGES,
    JOB_NOUNS,
    JOB_TITLES,
    RARE_NAME,
    ROLE_NOUNS,
    SCHOOL_UNITS,
)
from ._company_ties import (
    Mention,
    name_key,
    same,
)

if TYPE_CHECKING:
    pass

#: A word in common use (per wordfreq) can be a trade in a domain: "bakeries", "brewing".
_TRADE_USE = 2.8
#: A firm's own name is rarer than that ("dunmore", "saltmarsh"), never a common word.
_NAME_USE = 3.6

_ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}")


def replied_to(document: EmailDocument) -> str:
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


def quoted_organisations(document: EmailDocument) -> set[str]:
    """Who sent the quoted invitation: the organisation of its sender's address, and any
    name in it ending in a company word ("Verity Insurance PLC")."""
    out = set()
    address = replied_to(document)
    replied = organisation(address)
    # A public body's address names its region or service ("health.nsw.gov.au"), not the
    # hospital or school the invitation is for.
    public = any(label in ("gov", "nhs", "edu", "ac", "sch", "mil") for label in address.lower().split("."))
    if replied and not public:
        out.add(replied)
    for span in document.parts.quoted:
        text = document.span_text(span)
        for match in _SUFFIXED_NAME.finditer(text):
            words = match.group(1).split()
            if len(words) >= 2 and fold(words[-1].strip(".,")) in COMPANY_WORDS:
                key = name_key(" ".join(words))
                if key:
                    out.add(key)
        for match in _KIND_OF_PLACE.finditer(text):
            # "University of Leeds", "Bank of Ireland": the kind of body, then where or whose.
            # A school or college "of" a subject is a part of a university.
            if fold(match.group(1)) in COMPANY_WORDS - SCHOOL_UNITS:
                key = name_key(match.group(0))
                if key:
                    out.add(key)
        for match in _TITLE_AND_FIRM.finditer(text):
            # "Driver Recruiting, Cornbelt Carriers" under the signer's name: the firm after
            # the signer's department or title.
            if any(fold(w) in GREETING_DEPARTMENTS or fold(w) in JOB_TITLES for w in match.group(1).split()):
                key = name_key(match.group(2))
                if key and not any(w in AGENCY_WORDS for w in key.split()):
                    out.add(key)
    return out


#: A body named by its kind and its place: "University of Leeds", "Bank of Ireland".
_KIND_OF_PLACE = re.compile(r"\b([A-Z][a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?")


#: A quoted signature line "Department or title, Firm": "> Driver Recruiting, Cornbelt Carriers".
_TITLE_AND_FIRM = re.compile(
    r"^[ \t>]{0,12}((?:[A-Z][\w&/-]*[ \t]+){0,4}[A-Z][\w&/-]*),[ \t]+((?:[A-Z][\w'’&.-]*[ \t]*){1,5})[ \t]*$",
    re.MULTILINE,
)


_NAME_WORD = r"[A-Z][\w'’.-]{1,30}"


_NAMES = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}"


_PARTNERS = re.compile(rf"\b({_NAMES}[ \t]+&[ \t]+{_NAMES})")


_SUBJECT_PLACE = re.compile(r"\b(?:at|to)[ \t]+((?:(?:[A-Z][\w'’&.-]*|&)[ \t]*){1,5})")

#: A firm's first word after a dash may be a surname ("Kessler", used more than a rare
#: name), but less than the words of job titles and dates ("Senior", "March").
_SURNAME_USE = 4.0

#: The name a subject line ends with after a dash or a bar: "Site Engineer interview - Kessler Build".
_SUBJECT_TAIL = re.compile(r"[-–—|][ \t]+((?:[A-Z][\w'’&.]*[ \t]*){2,5})$")


def _named_after_dash(subject: str) -> list[str]:
    """A name of two or more capitalised words closing the subject line after a dash, whose
    first word is rare ("Kessler Build"), so no job title ("Senior Nurse") or date."""
    match = _SUBJECT_TAIL.search(subject.strip())
    if match is None:
        return []
    name = match.group(1).strip()
    words = [fold(w) for w in name.split()]
    if any(w in JOB_NOUNS or w in ROLE_NOUNS or w in JOB_TITLES or w in HIRING_STAGES for w in words):
        return []  # "Interview - Phlebotomist Post", "Application - Staff Nurse"
    return [name] if usage().zipf(words[0]) < _SURNAME_USE else []


def _suffixed_names(text: str) -> list[str]:
    """Names in a line that end in a company word ("Pellow & Grant LLP", "Verity Insurance PLC")."""
    out = []
    for match in _SUFFIXED_NAME.finditer(text):
        words = match.group(1).split()
        while len(words) >= 2 and fold(words[-1].strip(".,")) not in COMPANY_WORDS:
            words.pop()
        if len(words) >= 2:
            out.append(" ".join(words).rstrip(".,"))
    return out


def subject_stray(
    document: EmailDocument, groups: list[list[Mention]], domain: str
) -> tuple[str, int] | None:
    """The subject line names a company the body never does, while the body names one
    employer: "Subject: ... - Pellow & Grant LLP" above "the role at Carrick Surveying"."""
    if len(groups) != 1:
        return None
    subject = document.header("subject")
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
    # "Associate interview - Harlan Mistry": a subject may end with the sender's own name.
    people = fold(
        " ".join(
            [document.span_text(span) for span in (document.parts.signer, document.parts.signature) if span]
            + [v for k, v in document.headers.items() if k.lower() in ("from", "to")]
        )
    ).split()
    dashed = [n for n in _named_after_dash(subject) if not any(fold(w) in people for w in n.split())]
    for name in [*_suffixed_names(subject), *placed, *partners, *dashed]:
        key = name_key(name)
        if not key or same(key, groups[0][0].key) or (domain and domain_names(domain, key)):
            continue
        if key.split()[0] in body:
            continue  # named in the body too, whatever the parse made of it
        start = document.text.find(name)
        if start >= 0:
            return name, start
    return None


def subject_names_address(document: EmailDocument, domain: str) -> bool:
    """Do the subject line (or the To: line's display name) and the To: address name one
    organisation? "Subject: Interview - Quillbyte Analytics" to "quillbyte.in": a rare word
    of a name in the subject that the address holds. Two sources agreeing say who the email
    is written to, as an address that names a trade does alone."""
    if agency_domain(domain):
        return False  # an agency's address names the agency, whatever the subject says
    named = document.header("subject")
    # The To: line's display name too, when it is a department's ("Kingsmead Graduate
    # Recruitment <graduates@kingsmead-eng.co.uk>"), not a person's: "Gareth Pryce" at
    # pryceassociates is not the firm's name.
    to = document.header("to")
    shown = to.partition("<")[0] if "<" in to else ""
    if any(fold(w) in GREETING_DEPARTMENTS or fold(w) in COMPANY_WORDS for w in shown.split()):
        named = f"{named} {shown}"
    words = usage()
    squashed = domain.replace("-", "")
    capitals = re.findall(r"\b[A-Z][\w'’]+", named)
    # The whole address spelled out in capitalised words, however common each is:
    # "Fitzgerald Solicitors" to "fitzgeraldsolicitors.ie".
    spelled = {"".join(fold(w) for w in capitals[i:j]) for i in range(len(capitals)) for j in range(i + 2, i + 5)}
    if squashed in spelled:
        return True
    return any(len(w) >= 5 and fold(w) in squashed and words.zipf(fold(w)) < RARE_NAME for w in capitals)


def in_quote(document: EmailDocument, key: str) -> bool:
    """Does the quoted message name this organisation, in any case ("CASTLEFORD mutual")?"""
    # The first word that is a name ("st" of "st enda hospital" begins any quoted "Staff"),
    # at the start of a word: "ita" of "st ita hospital" is inside "hospital", while
    # "castleford" begins "castlefordmutual.co.uk".
    words = key.split()
    # Past the kind of body: "sheffield" of "university of sheffield" is the name, and a
    # quote from the University of Leeds names a university too.
    named = [w for w in words if len(w) > 2 and w not in COMPANY_WORDS and w not in ("the", "and")]
    first = re.compile(r"\b" + re.escape(next(iter(named), next((w for w in words if len(w) > 2), words[0]))))
    return any(first.search(fold(document.span_text(span))) for span in document.parts.quoted)


def group_of(domain: str, key: str) -> bool:
    """Is the named organisation one of a group the domain names by a plural trade? "Riverside
    Public School" in an email to a board at "valleyschools", "Ardmore Clinic" to
    "northcoastclinics": one place of the group, not another employer."""
    last = key.split()[-1] if key.split() else ""
    if any(domain.endswith(trade) and last in kinds for trade, kinds in GROUP_KINDS.items()):
        return True  # "Maple Grove Elementary" to "riverbendschools"
    return len(last) >= 4 and any(domain.endswith(plural) for plural in (last + "s", last + "es", last[:-1] + "ies"))


def domain_name_part(domain: str) -> str:
    """The name in a mail domain that names an employer by its trade: "dunmore" of "dunmorebakeries",
    "fieldhouse" of "fieldhouseaccountancy"; "" for an agency, a bare name or a phrase
    ("royalmail": a common word is no firm's own name). The trade is a word of the trades
    list or any word in common use; the name is a rarer word than the trade."""
    if agency_domain(domain):
        return ""
    for word in sorted(COMPANY_WORDS, key=len, reverse=True):
        # "castlecraiglabs": a trade word of four letters ends a name as well as "bakeries"
        if len(word) >= 4 and domain.endswith(word) and len(domain) - len(word) >= 4:
            return domain[: -len(word)].rstrip("-")
    words = usage()
    for k in range(4, len(domain) - 3):
        name, trade = domain[:k].rstrip("-"), domain[k:].lstrip("-")
        if len(trade) >= 5 and words.zipf(trade) >= _TRADE_USE and words.zipf(name) < min(_NAME_USE, words.zipf(trade)):
            return name
    return ""


def agency_domain(domain: str) -> bool:
    """A mail domain that names a recruitment agency by its trade: "talentbridgerecruitment"."""
    return any(word in domain for word in AGENCY_WORDS)


#: A line under the sign-off that names the application: "Applicant, Graphic Designer role -
#: Tessera Studio", "Candidate for Site Engineer at Kessler Build".
_APPLICANT_LINE = re.compile(
    # Markdown may set the line in emphasis ("*Applicant, ... – Apotheek Zuidas*"), and a
    # town may follow the firm after a comma ("SmileCraft Dental Clinic, Makati").
    r"^[ \t*_]*(?:applicant|candidate)\b[^\n]*?(?:[-–—|][ \t]+|\bat[ \t]+|\bwith[ \t]+)"
    r"((?:[A-Z][\w'’&.-]*[ \t]*){1,5})(?:,[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})?[ \t*_]*$",
    re.IGNORECASE | re.MULTILINE,
)


def applicant_line(document: EmailDocument) -> Mention | None:
    """The firm a line under the sign-off names as the one applied to: the sender's own
    employer may sit in a signature, but "Applicant, ... role - X" says X is the employer
    being declined."""
    signer = document.parts.signer
    if signer is None:
        return None
    # The lines from the signer's name to the end of the message, quotes left out.
    end = min([q.start for q in document.parts.quoted if q.start > signer.start] + [document.parts.message.end])
    text = document.text[signer.start : end]
    match = _APPLICANT_LINE.search(text)
    if match is not None and match.group(1)[:1].isupper():
        name = match.group(1).strip()
        start = signer.start + match.start(1)
        key = name_key(name)
        if key:
            return Mention(key, name, start, start + len(name))
    return None

"""The organisation an email address names, for rule ``company-mismatch``: "kestrelhealth"
of ana@kestrelhealth.com. Shared by the reading of ties in the body (a name the address
names is an organisation, whatever the recogniser calls it) and of the letter around it."""

from __future__ import annotations

from declint.document.email import EmailDocument

from ._company_data import ANONYMOUS_DOMAINS


def recipient_domain(document: EmailDocument) -> str:
    """The organisation the To: address belongs to ("kestrelhealth" of ana@kestrelhealth.com),
    or "" for free mail and applicant-tracking systems, which say nothing of the employer."""
    return organisation(document.header("to"))


def organisation(address: str) -> str:
    if "@" not in address:
        return ""  # "to: Prof. Ingrid Solberg" names a person, not a mail domain
    domain = address.rpartition("@")[2].strip(" >\t")
    labels = [label.lower() for label in domain.split(".") if label]
    if len(labels) < 2:
        return ""
    # "ana@mail.kestrelhealth.co.uk": the label before the public suffix.
    name = labels[-3] if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "ac", "gov", "net") else labels[-2]
    return "" if name in ANONYMOUS_DOMAINS else name


def domain_names(domain: str, key: str) -> bool:
    """Does the mail domain name this organisation? "kestrelhealth" names "kestrel health",
    "marrowlabs" names "marrow labs" and "marrow"."""
    squashed = key.replace(" ", "")
    domain = domain.replace("-", "")  # "harrowgate-analytics.com" names "Harrowgate Analytics"
    return bool(squashed) and (squashed in domain or domain in squashed)

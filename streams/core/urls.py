"""Article URLs: one canonical form per article (tracking parameters gone) and a stable id from it."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import xxhash

#: Query parameters that say how a reader arrived, not which article it is (conservative: a parameter
#: that might name the article, like ``id`` or ``cid``, stays).
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "twclid", "ttclid",
        "mc_cid", "mc_eid", "mkt_tok", "_ga", "_gl", "_hsenc", "_hsmi", "hsctatracking", "oly_anon_id",
        "oly_enc_id", "vero_id", "wt_mc", "wt.mc_id", "cmpid", "ocid", "smid", "smtyp", "ito", "at_medium",
        "at_campaign", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "ref",
        "ref_src", "ref_url", "referrer", "ftag",
    }
)  # fmt: skip
#: Prefixes of tracking parameter families (``utm_source``, ``utm_medium``, ``pk_campaign`` …).
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hmb_", "at_", "ns_", "ga_", "__twitter")
WEB_SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking_parameter(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMETERS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str | None, base: str | None = None) -> str | None:
    """The URL without tracking parameters, fragment, default port or host case; None unless http(s).

    ``base`` resolves a relative URL (a feed's ``<link>`` or a page's ``<link rel="canonical">``).
    """
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if base is not None:
        from urllib.parse import urljoin

        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in WEB_SCHEMES or not host or parts.username or parts.password:
        return None
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_parameter(k)]
    )
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def host_of(url: str) -> str:
    """``host[:port]`` of an http(s) URL in canonical form: the unit of politeness and of the allow-list."""
    canonical = canonical_url(url)
    if canonical is None:
        raise ValueError(f"not an http(s) URL: {url[:200]!r}")
    return urlsplit(canonical).netloc


def article_id_for_url(url: str) -> str:
    """A stable article id from its canonical URL (http and https of one page share it)."""
    canonical = canonical_url(url)
    if canonical is None:
        raise ValueError(f"not an http(s) URL: {url[:200]!r}")
    without_scheme = canonical.split("://", 1)[1]
    return "url-" + xxhash.xxh3_128_hexdigest(without_scheme.encode())

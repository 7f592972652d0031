"""What the fetcher refuses or bounds: non-http URLs, private addresses, oversized bodies.

Split from `monitor.ingest.fetch` so that module reads as the fetching itself; nothing here is used
elsewhere.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import zlib

import httpx


class FetchFailure(Exception):
    """A per-source failure; its message is what the user reads."""


class Inflater:
    """Decodes gzip/deflate incrementally, never producing more than asked for per chunk.

    httpx's own decoders inflate a whole network chunk at once, which lets a 64 KiB gzip bomb
    chunk become ~64 MiB in memory before any cap can look at it; ``max_length`` prevents that.
    """

    def __init__(self, coding: str, url: str) -> None:
        self._coding = coding
        self._started = False
        self._zlib: zlib._Decompress | None
        if coding in ("identity", ""):
            self._zlib = None
        elif coding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif coding == "deflate":
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            raise FetchFailure(
                f"{url} sent its body with Content-Encoding {coding!r}; the monitor asks for "
                "gzip or deflate and cannot decode anything else"
            )

    def inflate(self, data: bytes, max_length: int) -> bytes:
        if self._zlib is None:
            return data
        if self._coding == "deflate" and not self._started and data:
            self._started = True
            try:
                return self._zlib.decompress(data, max_length)
            except zlib.error:  # some servers send raw deflate without the zlib wrapper
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._zlib.decompress(data, max_length)

    def flush(self) -> bytes:
        return b"" if self._zlib is None else self._zlib.flush()


async def public_target(url: httpx.URL, headers: dict[str, str]) -> httpx.URL:
    """The URL to request when private addresses are blocked; refuses ``url`` if its host
    resolves to any address that is not publicly routable.

    Every address the name resolves to is checked, on every redirect hop. A plain-http request
    then goes to the checked address itself (with the original Host header), so a name that
    resolves differently a moment later (DNS rebinding) cannot slip through; over https the
    certificate check already ties the connection to the name.
    """
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(
            url.host, url.port or (443 if url.scheme == "https" else 80), type=socket.SOCK_STREAM
        )
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchFailure(f"could not resolve the host of {url}: {exc}") from None
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    for address in addresses:
        kind = non_public(address)
        if kind:
            raise FetchFailure(
                f"refused {url}: {url.host} resolves to {address}, a {kind} address, and "
                "fetch.block_private_addresses is on; use a public feed URL or turn the "
                "setting off for sources on your own network"
            )
    if url.scheme != "http" or not addresses:
        return url
    headers["Host"] = url.netloc.decode("ascii")
    return url.copy_with(host=str(addresses[0]))


def non_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """What kind of non-public address this is ("loopback", "private", ...), None if public."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    for kind in ("loopback", "link-local", "private", "multicast", "reserved", "unspecified"):
        if getattr(address, "is_" + kind.replace("-", "_")):
            return kind
    return None if address.is_global else "non-public"


def http_url(text: str, *, base: httpx.URL | None) -> httpx.URL:
    """Parse ``text`` (relative to ``base`` for a Location) and refuse anything but http(s)."""
    where = f"redirect from {base} to {text!r}" if base else f"feed URL {text!r}"
    try:
        url = base.join(text) if base else httpx.URL(text)
    except httpx.InvalidURL as exc:
        raise FetchFailure(f"invalid {where}: {exc}") from None
    if url.scheme not in ("http", "https"):
        raise FetchFailure(f"refused {where}: only http and https URLs are fetched")
    if not url.host:
        raise FetchFailure(f"invalid {where}: it has no host name")
    return url

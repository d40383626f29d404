"""Who is on the other end: the client address, through trusted reverse proxies only."""

from __future__ import annotations

from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network, ip_address, ip_network

from aiohttp import web

from server.core.appkeys import SETTINGS

Network = IPv4Network | IPv6Network


@lru_cache(maxsize=8)
def _networks(spec: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ip_network(s.strip(), strict=False) for s in spec if s.strip())


def _trusted(addr: str, networks: tuple[Network, ...]) -> bool:
    try:
        ip = ip_address(addr)
    except ValueError:
        return False
    return any(ip in net for net in networks)


def client_ip(request: web.Request) -> str:
    """The caller's address. ``X-Forwarded-For`` counts only when the peer is a trusted proxy (TRUSTED_PROXIES):
    then the right-most address that is not itself a trusted proxy is the client (earlier ones can be forged)."""
    peer = request.remote or ""
    networks = _networks(tuple(request.config_dict[SETTINGS].trusted_proxies))
    if not networks or not _trusted(peer, networks):
        return peer or "unknown"
    hops = [h.strip() for h in request.headers.get("X-Forwarded-For", "").split(",") if h.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, networks):
            try:
                return str(ip_address(hop))
            except ValueError:
                return peer
    return hops[0] if hops else peer

package org.casemgmt.partner.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which URLs a webhook may be sent to: HTTPS, without user information, to a host whose every address is public.
 * Loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10), unspecified and
 * multicast addresses are refused, so that a partner cannot make the platform call its own services or the cloud's
 * metadata endpoint. The host is resolved at each check, at registration and again before each delivery, since a name
 * may point elsewhere later. {@code allowLoopback} (the embedded default for local testing) lets loopback through, over
 * HTTP too.
 */
final class EndpointCheck {

    /** Resolves a host name to all its addresses, as {@link InetAddress#getAllByName} does. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowLoopback;
    private final Resolver resolver;

    EndpointCheck(boolean allowLoopback, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    static EndpointCheck resolvingWithTheSystem(boolean allowLoopback) {
        return new EndpointCheck(allowLoopback, InetAddress::getAllByName);
    }

    /** The URL if it may be called now; otherwise {@link UnsafeEndpointException} naming why. */
    URI check(String url) {
        URI uri = parse(url);
        if (uri.getRawUserInfo() != null) {
            throw new UnsafeEndpointException("userinfo-in-url", "A webhook URL carries no user name or password; "
                    + "the signature tells the receiver that the call comes from the platform.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw notHttps();
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new UnsafeEndpointException("no-host", "A webhook URL names the host to call.");
        }
        List<InetAddress> addresses = resolve(uri.getHost());
        boolean allLoopback = addresses.stream().allMatch(InetAddress::isLoopbackAddress);
        if (allowLoopback && allLoopback) {
            return uri;
        }
        if (!scheme.equals("https")) {
            throw notHttps();
        }
        addresses.forEach(EndpointCheck::refuseInternal);
        return uri;
    }

    private static URI parse(String url) {
        if (url == null) {
            throw new UnsafeEndpointException("invalid-url", "The webhook URL is not a URL: null.");
        }
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new UnsafeEndpointException("invalid-url", "The webhook URL is not a URL: " + url + ".");
        }
    }

    private List<InetAddress> resolve(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            return Arrays.asList(resolver.resolve(bare));
        } catch (UnknownHostException e) {
            throw new UnsafeEndpointException("unresolvable-host", "The webhook URL's host " + host
                    + " does not resolve.");
        }
    }

    private static void refuseInternal(InetAddress address) {
        String kind;
        if (address.isLoopbackAddress()) {
            kind = "loopback";
        } else if (address.isAnyLocalAddress()) {
            kind = "unspecified";
        } else if (address.isLinkLocalAddress()) {
            kind = "link-local";
        } else if (address.isSiteLocalAddress() || isUniqueLocal(address)) {
            kind = "private";
        } else if (address.isMulticastAddress()) {
            kind = "multicast";
        } else {
            return;
        }
        throw new UnsafeEndpointException(kind + "-address", "The webhook URL's host resolves to "
                + address.getHostAddress() + ", a " + kind + " address; webhooks go to public addresses only.");
    }

    /** fc00::/7, IPv6's private range, which {@link InetAddress#isSiteLocalAddress} does not cover. */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xFE) == 0xFC;
    }

    private static UnsafeEndpointException notHttps() {
        return new UnsafeEndpointException("not-https", "A webhook URL is https: deliveries carry case events.");
    }
}

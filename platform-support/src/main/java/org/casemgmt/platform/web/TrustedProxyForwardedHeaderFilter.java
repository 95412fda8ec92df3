package org.casemgmt.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Forwarded} and {@code X-Forwarded-*} (host, port, proto, prefix, for) make a service describe itself by the
 * gateway's address in links, {@code Location} headers and its OpenAPI servers. Anyone can send them, so they count
 * only from a trusted proxy ({@code casemgmt.web.trusted-proxies}, addresses or CIDR ranges, loopback by default):
 * from any other address they are removed before the application sees the request.
 */
class TrustedProxyForwardedHeaderFilter extends OncePerRequestFilter implements Ordered {

    private final ForwardedHeaderFilter applying = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter removing = new ForwardedHeaderFilter();
    private final List<IpAddressMatcher> trustedProxies;

    /** @param trustedProxies IP addresses or CIDR ranges, e.g. {@code 127.0.0.1}, {@code 10.0.3.0/24} */
    TrustedProxyForwardedHeaderFilter(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).map(IpAddressMatcher::new).toList();
        removing.setRemoveOnly(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        (trusted(request.getRemoteAddr()) ? applying : removing).doFilter(request, response, chain);
    }

    private boolean trusted(String address) {
        return address != null && trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** First: every later filter (security, correlation, audit) sees the request as the gateway describes it. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

package org.casemgmt.partner.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The SSRF check, each kind of address, with a resolver that answers what the test says a name resolves to. */
class EndpointCheckTest {

    /** {@code <address>.test} resolves to that address; {@code public.example} to a public one. */
    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (host.equals("public.example")) {
            return new InetAddress[] {InetAddress.getByName("93.184.216.34")};
        }
        if (host.equals("mixed.example")) {
            return new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3")};
        }
        if (host.endsWith(".test")) {
            return new InetAddress[] {InetAddress.getByName(host.substring(0, host.length() - ".test".length()))};
        }
        if (host.equals("nowhere.example")) {
            throw new UnknownHostException(host);
        }
        return InetAddress.getAllByName(host);
    }

    private final EndpointCheck strict = new EndpointCheck(false, EndpointCheckTest::resolve);
    private final EndpointCheck embedded = new EndpointCheck(true, EndpointCheckTest::resolve);

    @Test
    void aPublicHttpsUrlPasses() {
        assertThat(strict.check("https://public.example/hooks?x=1")).isEqualTo(URI.create("https://public.example/hooks?x=1"));
        assertThat(strict.check("https://93.184.216.34:8443/hooks")).hasPort(8443);
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
            "http://public.example/hooks, not-https",
            "ftp://public.example/hooks, not-https",
            "https://partner:secret@public.example/hooks, userinfo-in-url",
            "https:///hooks, no-host",
            "https://nowhere.example/hooks, unresolvable-host",
            "'https://exa mple/hooks', invalid-url",
            "https://127.0.0.1/hooks, loopback-address",
            "https://127.1.2.3.test/hooks, loopback-address",
            "https://localhost/hooks, loopback-address",
            "https://[::1]/hooks, loopback-address",
            "https://10.0.0.5/hooks, private-address",
            "https://172.16.0.1/hooks, private-address",
            "https://172.31.255.254/hooks, private-address",
            "https://192.168.1.1/hooks, private-address",
            "https://[fc00::1]/hooks, private-address",
            "https://[fd12:3456::1]/hooks, private-address",
            "https://mixed.example/hooks, private-address",
            "https://169.254.169.254/latest/meta-data, link-local-address",
            "https://[fe80::1]/hooks, link-local-address",
            "https://0.0.0.0/hooks, unspecified-address",
            "https://[::]/hooks, unspecified-address",
            "https://224.0.0.1/hooks, multicast-address",
            "https://[ff02::1]/hooks, multicast-address"})
    void anInternalOrUnsafeUrlIsRefusedNamingWhy(String url, String reason) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(UnsafeEndpointException.class)
                .satisfies(e -> assertThat(((UnsafeEndpointException) e).reason()).isEqualTo(reason));
    }

    @Test
    void addressesJustOutsideThePrivateRangesArePublic() {
        assertThat(strict.check("https://172.32.0.1/hooks")).isNotNull();
        assertThat(strict.check("https://172.15.255.255/hooks")).isNotNull();
        assertThat(strict.check("https://[2001:db8::1]/hooks")).isNotNull();
    }

    @Test
    void theEmbeddedDefaultLetsLoopbackThroughOverHttpOrHttpsButNothingElseInternal() {
        assertThat(embedded.check("http://127.0.0.1:8099/hooks")).hasPort(8099);
        assertThat(embedded.check("https://localhost/hooks")).hasHost("localhost");
        assertThat(embedded.check("http://[::1]:8099/hooks")).hasPort(8099);
        assertThatThrownBy(() -> embedded.check("http://public.example/hooks"))
                .satisfies(e -> assertThat(((UnsafeEndpointException) e).reason()).isEqualTo("not-https"));
        assertThatThrownBy(() -> embedded.check("https://10.0.0.5/hooks"))
                .satisfies(e -> assertThat(((UnsafeEndpointException) e).reason()).isEqualTo("private-address"));
        assertThatThrownBy(() -> embedded.check("http://user@127.0.0.1/hooks"))
                .satisfies(e -> assertThat(((UnsafeEndpointException) e).reason()).isEqualTo("userinfo-in-url"));
    }
}

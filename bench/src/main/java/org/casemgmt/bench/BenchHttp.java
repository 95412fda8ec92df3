package org.casemgmt.bench;

import java.net.http.HttpClient;
import java.time.Duration;

/** The bench's HTTP clients, all alike, so that the gateway and a service directly are asked the same way. */
public final class BenchHttp {

    private BenchHttp() {
    }

    /**
     * HTTP/1.1 as curl and most tools speak it to the gateway (the default client would try an h2c upgrade first),
     * kept alive: one client asking one request at a time holds one connection.
     */
    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }
}

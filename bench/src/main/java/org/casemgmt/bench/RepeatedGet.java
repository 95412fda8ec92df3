package org.casemgmt.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One connection repeating one GET as a signed-in user, for a closed loop; any status but 200 is an error. */
final class RepeatedGet implements ClosedLoop.Worker {

    private final HttpClient http = BenchHttp.client();
    private final URI uri;
    private final BearerToken token;

    RepeatedGet(URI uri, BearerToken token) {
        this.uri = uri;
        this.token = token;
    }

    static HttpRequest request(URI uri, BearerToken token) {
        return HttpRequest.newBuilder(uri).GET().header("Accept", "application/json")
                .header("Authorization", "Bearer " + token.current()).timeout(TimedGateway.REQUEST_TIMEOUT).build();
    }

    @Override
    public void runOnce() throws Exception {
        // The whole answer is read, then dropped: the same bytes cross the connection as for a real caller.
        HttpResponse<Void> answer = http.send(request(uri, token), HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() != 200) {
            throw new UnexpectedStatus(answer.statusCode(), "GET " + uri + " answered " + answer.statusCode());
        }
    }

    @Override
    public void close() {
        http.close();
    }
}

package org.casemgmt.console.signin;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casemgmt.console.*}.
 *
 * @param apiUrl the gateway, where the console calls the public API with the user's token
 * @param issuerUri the authorisation server users sign in at (the sign-in form posts there)
 * @param staleAfter a case without a contact for this long is marked stale on the caseload
 * @param endSessionUri the authorisation server's end-session endpoint, where the console does not read it from the
 *                      issuer's metadata (docker compose); unset otherwise
 */
@ConfigurationProperties("casemgmt.console")
public record ConsoleProperties(URI apiUrl,
        URI issuerUri,
        @DefaultValue("P14D") Duration staleAfter, URI endSessionUri) {

    /** The sign-in form's origin, which the console's pages may send the browser to. */
    String issuerOrigin() {
        return issuerUri.getScheme() + "://" + issuerUri.getAuthority();
    }
}

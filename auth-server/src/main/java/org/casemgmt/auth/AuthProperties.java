package org.casemgmt.auth;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code casemgmt.auth.*}: who may sign in and which clients may ask for tokens. Held in memory: this server is the
 * demo and test identity provider, not a user store.
 *
 * @param issuer              the {@code iss} of every token, and where resource servers find the keys
 * @param keyStoreDir         where the signing key is kept between starts; unset (null) means a new key each start
 * @param accessTokenLifetime how long an access token is accepted
 * @param audience            the {@code aud} of every token granted the {@code casemgmt} scope: the platform's API,
 *                            which every service and the gateway require
 * @param signIn              how failed sign-ins are throttled
 */
@Validated
@ConfigurationProperties("casemgmt.auth")
public record AuthProperties(
        @NotNull @DefaultValue("http://localhost:9000") URI issuer,
        Path keyStoreDir,
        @NotNull @DefaultValue("30m") Duration accessTokenLifetime,
        @NotBlank @DefaultValue("casemgmt") String audience,
        @Valid @NotNull @DefaultValue SignInLimits signIn,
        @Valid @NotEmpty List<User> users,
        @Valid @NotEmpty List<Client> clients) {

    /**
     * After {@code perUser} failed sign-ins for one username or {@code perAddress} from one address within
     * {@code window}, that username or address is refused for {@code firstLockout}, twice as long for each lockout
     * that follows, at most {@code longestLockout}. An address is often shared (an office), so it may fail more often.
     */
    public record SignInLimits(@Positive @DefaultValue("5") int perUser, @Positive @DefaultValue("20") int perAddress,
                               @NotNull @DefaultValue("15m") Duration window,
                               @NotNull @DefaultValue("1m") Duration firstLockout,
                               @NotNull @DefaultValue("1h") Duration longestLockout) {
    }

    /** A person who signs in with the authorization code flow; {@code password} is plain here, bcrypt once loaded. */
    public record User(@NotBlank String username, @NotBlank String password, @NotBlank String agency,
                       @NotEmpty List<Role> roles) {
    }

    /**
     * A registered client. Without a secret it is public (no client authentication), with one it authenticates with
     * HTTP Basic; either must send a PKCE challenge in the authorization code flow. {@code postLogoutRedirectUris} are
     * where a client may send the browser back to after signing the user out (OpenID Connect RP-initiated logout).
     * {@code agency} and {@code roles} are what its client_credentials tokens carry: a partner system acts for its
     * own organisation.
     */
    public record Client(@NotBlank String clientId, String secret, @NotEmpty List<String> grantTypes,
                         @DefaultValue List<URI> redirectUris, @DefaultValue List<URI> postLogoutRedirectUris,
                         @NotEmpty List<String> scopes, String agency, @DefaultValue List<Role> roles) {
    }
}

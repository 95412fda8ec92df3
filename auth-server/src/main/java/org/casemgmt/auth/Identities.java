package org.casemgmt.auth;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/** The agency and roles a token speaks for: a signed-in user's, or a partner system's own for client_credentials. */
final class Identities {

    record Identity(String agency, List<String> roles) {
    }

    private final Map<String, Identity> users;
    private final Map<String, Identity> clients;

    Identities(AuthProperties properties) {
        users = properties.users().stream().collect(Collectors.toMap(AuthProperties.User::username,
                user -> identity(user.agency(), user.roles())));
        clients = properties.clients().stream().filter(client -> client.agency() != null)
                .collect(Collectors.toMap(AuthProperties.Client::clientId,
                        client -> identity(client.agency(), client.roles())));
    }

    Identity user(String username) {
        return find(users, username, "user");
    }

    Identity client(String clientId) {
        return find(clients, clientId, "client with an agency");
    }

    /** A refresh after the user or client left the configuration must not mint a token without claims. */
    private static Identity find(Map<String, Identity> identities, String name, String kind) {
        Identity identity = identities.get(name);
        if (identity == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                    "no " + kind + " named " + name, null));
        }
        return identity;
    }

    private static Identity identity(String agency, List<Role> roles) {
        return new Identity(agency, roles.stream().map(Role::name).toList());
    }
}

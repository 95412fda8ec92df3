package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Keycloak cannot run here (no Docker), so this holds its realm to the auth server's contract: the same demo users,
 * roles and clients, and access tokens that carry {@code agency} and {@code roles} as the services read them, for the
 * audience {@code casemgmt} and with the {@code casemgmt} scope, which every service and the gateway require.
 * JSON is read as YAML, which it is a subset of.
 */
class KeycloakRealmTest {

    private static final List<String> ROLES = List.of("CASE_WORKER", "SUPERVISOR", "AGENCY_ADMIN", "PROVIDER",
            "AUDITOR");
    private static final Map<String, String> AGENCY_OF_USER = Map.of(
            "worker.alex", "agency-north",
            "supervisor.sam", "agency-north",
            "admin.ada", "agency-north",
            "auditor.ari", "agency-north",
            "worker.bo", "agency-south",
            "provider.pat", "shelter-north");
    private static Map<String, Object> realm;

    @BeforeAll
    static void readRealm() throws IOException {
        try (Reader reader = Files.newBufferedReader(
                RepositoryRoot.find().resolve("docker/keycloak/casemgmt-realm.json"))) {
            realm = new Yaml().load(reader);
        }
    }

    @Test
    void isTheCasemgmtRealmWithThePlatformsRolesAsRealmRoles() {
        assertThat(realm).containsEntry("realm", "casemgmt").containsEntry("enabled", true);
        assertThat(list(map(realm.get("roles")).get("realm"))).extracting(role -> map(role).get("name"))
                .containsExactlyInAnyOrderElementsOf(ROLES);
    }

    @Test
    void holdsTheDemoUsersWithTheirAgencyRolesAndPasswordDemo() {
        Map<String, Map<String, Object>> users = byName(realm.get("users"), "username");

        assertThat(users).containsKeys(AGENCY_OF_USER.keySet().toArray(String[]::new));
        AGENCY_OF_USER.forEach((username, agency) -> {
            Map<String, Object> user = users.get(username);
            assertThat(map(user.get("attributes"))).containsEntry("agency", List.of(agency));
            assertThat(list(user.get("credentials"))).singleElement()
                    .satisfies(credential -> assertThat(map(credential)).containsEntry("value", "demo")
                            .containsEntry("temporary", false));
            assertThat(list(user.get("realmRoles"))).isNotEmpty().allSatisfy(role -> assertThat(ROLES).contains(
                    String.valueOf(role)));
        });
        assertThat(users.get("supervisor.sam").get("realmRoles")).isEqualTo(List.of("SUPERVISOR", "CASE_WORKER"));
        assertThat(users.get("provider.pat").get("realmRoles")).isEqualTo(List.of("PROVIDER"));
    }

    @Test
    void theCliIsAPublicPkceClientAndThePartnerSystemAServiceAccountProvider() {
        Map<String, Map<String, Object>> clients = byName(realm.get("clients"), "clientId");

        assertThat(clients.get("casemgmt-cli")).containsEntry("publicClient", true)
                .containsEntry("standardFlowEnabled", true).containsEntry("directAccessGrantsEnabled", true);
        assertThat(map(clients.get("casemgmt-cli").get("attributes")))
                .containsEntry("pkce.code.challenge.method", "S256");
        assertThat(list(clients.get("casemgmt-cli").get("redirectUris")))
                .containsExactly(Tokens.CLI_REDIRECT_URI.toString());

        Map<String, Object> partner = clients.get("shelter-north-system");
        assertThat(partner).containsEntry("publicClient", false).containsEntry("serviceAccountsEnabled", true)
                .containsEntry("secret", "demo-secret");
        assertThat(byName(partner.get("protocolMappers"), "name").get("agency"))
                .containsEntry("protocolMapper", "oidc-hardcoded-claim-mapper")
                .satisfies(mapper -> assertThat(map(mapper.get("config")))
                        .containsEntry("claim.name", "agency").containsEntry("claim.value", "shelter-north")
                        .containsEntry("access.token.claim", "true"));
        assertThat(byName(realm.get("users"), "username").get("service-account-shelter-north-system"))
                .containsEntry("serviceAccountClientId", "shelter-north-system")
                .containsEntry("realmRoles", List.of("PROVIDER"));
    }

    @Test
    void everyClientsTokensCarryAgencyRolesSubAndPreferredUsername() {
        Map<String, Object> scope = byName(realm.get("clientScopes"), "name").get("casemgmt");
        Map<String, Map<String, Object>> mappers = byName(scope.get("protocolMappers"), "name");

        assertThat(mappers.get("agency")).containsEntry("protocolMapper", "oidc-usermodel-attribute-mapper");
        assertThat(map(mappers.get("agency").get("config"))).containsEntry("user.attribute", "agency")
                .containsEntry("claim.name", "agency").containsEntry("access.token.claim", "true");
        assertThat(mappers.get("roles")).containsEntry("protocolMapper", "oidc-usermodel-realm-role-mapper");
        assertThat(map(mappers.get("roles").get("config"))).containsEntry("claim.name", "roles")
                .containsEntry("multivalued", "true").containsEntry("access.token.claim", "true");
        assertThat(mappers).containsKeys("sub", "preferred_username");
        assertThat(scope).as("named in the scope claim, which every service requires")
                .containsEntry("name", "casemgmt")
                .satisfies(named -> assertThat(map(named.get("attributes")))
                        .containsEntry("include.in.token.scope", "true"));
        byName(realm.get("clients"), "clientId").values().forEach(client -> {
            assertThat(list(client.get("defaultClientScopes"))).contains("casemgmt");
            // Only the roles mapped to the scope reach the claim, not Keycloak's own (offline_access, ...).
            assertThat(client).containsEntry("fullScopeAllowed", false);
        });
        assertThat(list(realm.get("scopeMappings"))).singleElement().satisfies(mapping ->
                assertThat(map(mapping)).containsEntry("clientScope", "casemgmt").containsEntry("roles", ROLES));
    }

    @Test
    void everyClientsAccessTokensAreForThePlatformsApiAudience() {
        Map<String, Object> scope = byName(realm.get("clientScopes"), "name").get("casemgmt");
        Map<String, Object> audience = byName(scope.get("protocolMappers"), "name").get("audience");

        assertThat(audience).containsEntry("protocolMapper", "oidc-audience-mapper");
        assertThat(map(audience.get("config"))).containsEntry("included.custom.audience", "casemgmt")
                .containsEntry("access.token.claim", "true");
    }

    @Test
    void throttlesPasswordGuessingAsTheAuthServerDoes() {
        assertThat(realm).containsEntry("bruteForceProtected", true).containsEntry("permanentLockout", false)
                .containsEntry("failureFactor", 5).containsEntry("waitIncrementSeconds", 60)
                .containsEntry("maxFailureWaitSeconds", 3600).containsEntry("maxDeltaTimeSeconds", 900);
    }

    @Test
    void theUserProfileDeclaresTheAgencyAttributeSoKeycloakKeepsIt() {
        Map<String, Object> provider = map(list(map(realm.get("components"))
                .get("org.keycloak.userprofile.UserProfileProvider")).getFirst());
        String profile = String.valueOf(list(map(provider.get("config")).get("kc.user.profile.config")).getFirst());

        assertThat(profile).contains("\"name\":\"agency\"");
    }

    private static Map<String, Map<String, Object>> byName(Object nodes, String key) {
        Map<String, Map<String, Object>> named = new LinkedHashMap<>();
        list(nodes).forEach(node -> named.put(String.valueOf(map(node).get(key)), map(node)));
        return named;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return (List<Object>) node;
    }
}

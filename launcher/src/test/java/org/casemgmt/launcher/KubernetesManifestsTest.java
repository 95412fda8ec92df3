package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleClusterResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTransactionalIdResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleType;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * No cluster runs here, so this keeps the Kubernetes deployment (deploy/k8s, docs/kubernetes.md) from falling behind
 * the platform: every service and the gateway deployed at least twice with a disruption budget and an autoscaler, the
 * console exactly once (its sessions are in its memory), each with probes on the Actuator's groups, resources, the
 * environment docker compose gives it and its secrets from Secrets; the
 * Kafka topics and users exactly the event catalogue's; a MongoDB replica set per service; Keycloak with compose's
 * realm. The base is read from its files; the base and the example overlay are also rendered with
 * {@code kubectl kustomize}, which bin/test installs, and checked again as a cluster would receive them.
 */
class KubernetesManifestsTest {

    private static final Path REPO = RepositoryRoot.find();
    private static final int HTTP_PORT = 8080;
    private static final int MANAGEMENT_PORT = 9080;
    private static final String SECRET = "secret:";
    /** The services' and the gateway's shared settings (deploy/k8s/base/platform-config.yaml). */
    private static final String PLATFORM_CONFIG = "casemgmt-platform";
    /**
     * Resident memory measured in docs/performance.md (a service 256-273 MiB after a full bench run, the gateway
     * 178-198): a pod asks for at least that much.
     */
    private static final long SERVICE_RESIDENT_MIB = 300;
    private static final long GATEWAY_RESIDENT_MIB = 200;
    /** Metaspace (about 85 MiB of classes), the code cache and the threads: what the heap must leave of the limit. */
    private static final long NON_HEAP_MIB = 150;
    private static final String KUBERNETES_ONLY_VARIABLE = "MANAGEMENT_SERVER_ADDRESS";
    /**
     * Variables whose value docker compose and Kubernetes give differently on purpose: the heap's share of the
     * memory limit (sized for the pod's), Strimzi's bootstrap Service for compose's broker, and the service's own
     * replica set, whose URI holds its password and so comes from the operator's Secret.
     */
    private static final Set<String> DIFFERENT_BY_DESIGN = Set.of("JAVA_TOOL_OPTIONS", "SPRING_KAFKA_BOOTSTRAP_SERVERS",
            "SPRING_MONGODB_URI");
    private static final String RESOURCE_SERVER_ISSUER = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI";
    private static final String CONSOLE_ISSUER = "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_CASEMGMT_ISSUER_URI";
    private static final String MONGODB_KIND = "MongoDBCommunity";
    private static final String MONGODB_URI_KEY = "connectionString.standard";
    private static final String JAAS_KEY = "sasl.jaas.config";
    private static final String STRIMZI_CLUSTER_LABEL = "strimzi.io/cluster";
    private static final Duration PARTNER_FEED_RETENTION = Duration.ofDays(30);
    private static final String REALM_FILE = "casemgmt-realm.json";
    private static final String CLAMAV = "clamav";
    private static final String REALM = "/realms/casemgmt";
    private static final Pattern MAX_RAM_PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)");

    private static KubernetesManifests base;
    private static Map<String, Object> compose;

    @BeforeAll
    static void readManifests() throws IOException {
        base = KubernetesManifests.read(KubernetesManifests.BASE);
        try (Reader reader = Files.newBufferedReader(REPO.resolve("docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
    }

    static List<ServiceModule> deployedModules() {
        return Stream.concat(ServiceModule.BACKEND_SERVICES.stream(),
                Stream.of(ServiceModule.GATEWAY, ServiceModule.CONSOLE)).toList();
    }

    static List<ServiceModule> backendModules() {
        return ServiceModule.BACKEND_SERVICES;
    }

    @ParameterizedTest
    @MethodSource("deployedModules")
    void everyServiceAndTheGatewayRunTwiceAtLeastTheConsoleOnceWithProbesAndResources(ServiceModule module) {
        checkDeployed(base, module);
    }

    @ParameterizedTest
    @MethodSource("deployedModules")
    void everyServiceGetsTheEnvironmentDockerComposeGivesItAndItsSecretsFromSecrets(ServiceModule module) {
        Map<String, String> composed = composeEnvironment(module.name());
        Map<String, String> deployed = environment(base, container(base.deployment(module.name())));

        Map<String, String> deployedSignIn = deployed.entrySet().stream()
                .filter(variable -> isSignInSetting(variable.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(deployedSignIn).as("%s's token issuer on Kubernetes: the platform's, whose metadata gives the rest",
                module.name()).isEqualTo(Map.of(module.isConsole() ? CONSOLE_ISSUER : RESOURCE_SERVER_ISSUER,
                        base.configMap(PLATFORM_CONFIG).getData().get("issuer-uri")));
        composed.keySet().removeIf(KubernetesManifestsTest::isSignInSetting);
        deployed.keySet().removeIf(KubernetesManifestsTest::isSignInSetting);
        Set<String> expected = new HashSet<>(composed.keySet());
        expected.add(KUBERNETES_ONLY_VARIABLE);
        assertThat(deployed.keySet()).as("%s's environment: docker-compose.yml's and %s", module.name(),
                KUBERNETES_ONLY_VARIABLE).containsExactlyInAnyOrderElementsOf(expected);
        composed.forEach((variable, value) -> {
            if (value.contains("${")) {
                assertThat(deployed.get(variable)).as("%s of %s: compose takes it from the operator's environment",
                        variable, module.name()).startsWith(SECRET);
            } else if (!DIFFERENT_BY_DESIGN.contains(variable)) {
                assertThat(deployed.get(variable)).as("%s of %s", variable, module.name()).isEqualTo(value);
            }
        });
    }

    /**
     * Where a service finds the token issuer, or the console its users' sign-in, which docker compose and Kubernetes
     * give differently on purpose. Compose's Keycloak has two addresses, the host's browser's (localhost:8180, the iss
     * of its tokens) and the containers' (keycloak:8080, for its keys and the console's other endpoints), so compose
     * names each (DockerComposeTest); a cluster's issuer is one address that browsers and pods both reach, and its
     * metadata gives the rest.
     */
    private static boolean isSignInSetting(String variable) {
        return variable.startsWith("SPRING_SECURITY_OAUTH2_") || variable.equals("CASEMGMT_CONSOLE_ISSUER_URI")
                || variable.equals("CASEMGMT_CONSOLE_END_SESSION_URI");
    }

    @ParameterizedTest
    @MethodSource("backendModules")
    void everyServiceHasAReplicaSetOfItsOwnAndSignsInToKafkaAsItsOwnUser(ServiceModule module) {
        checkStores(base, module);
    }

    @Test
    void theConsoleSignsInToKafkaAsItsOwnUserAndOnlyTheGatewayCallsIt() {
        checkConsole(base);
    }

    @Test
    void theCommittedKafkaResourcesAreWhatTheGeneratorRendersFromTheCatalogueNow() throws IOException {
        Path directory = REPO.resolve(StrimziResources.BASE_DIRECTORY);
        Map<String, String> generated = new StrimziResources(StrimziResources.DEFAULT_PARTITIONS).files();
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path committed = directory.resolve(file.getKey());
            String text = Files.exists(committed) ? Files.readString(committed) : "";
            if (!text.equals(file.getValue())) {
                fail(committed + " is not what the event catalogue and the access list give now; generate it again"
                        + " at the repository's root:\n  "
                        + StrimziResources.regenerateCommand(StrimziResources.DEFAULT_PARTITIONS));
            }
        }
        assertThat(KubernetesManifests.<String>listed(directory, "resources")).containsAll(generated.keySet());
    }

    @Test
    void theTopicsAreTheEmbeddedBrokersPartitionedAndReplicated() {
        checkTopics(base);
    }

    @Test
    void theKafkaUsersAreTheAccessListsWithExactlyItsEntries() {
        checkUsers(base);
    }

    @Test
    void theKafkaClusterSignsEveryoneInAndAllowsOnlyWhatTheAccessListsSay() {
        checkKafkaCluster(base);
    }

    @Test
    void keycloakImportsDockerComposesRealmAndIssuesTheTokensTheServicesTrust() throws IOException {
        Path keycloak = KubernetesManifests.BASE.resolve("keycloak");
        assertThat(keycloak.resolve(REALM_FILE)).as("the realm imported on Kubernetes, beside compose's")
                .hasSameBinaryContentAs(REPO.resolve("docker/keycloak").resolve(REALM_FILE));
        List<Map<String, Object>> generators = KubernetesManifests.listed(keycloak, "configMapGenerator");
        assertThat(generators).anySatisfy(generator -> {
            assertThat(generator).containsEntry("name", "keycloak-realm");
            assertThat(generator.get("files")).isEqualTo(List.of(REALM_FILE));
        });
        checkKeycloak(base);

        Map<String, Object> composed = composeService("keycloak");
        assertThat(container(base.deployment("keycloak")).getImage()).as("the same Keycloak as docker compose's")
                .isEqualTo(composed.get("image"));
        assertThat(URI.create(base.configMap(PLATFORM_CONFIG).getData().get("issuer-uri")).getPath())
                .as("the realm whose tokens docker compose's services trust, at the cluster's address")
                .isEqualTo(URI.create(composeEnvironment(ServiceModule.GATEWAY.name()).get(RESOURCE_SERVER_ISSUER))
                        .getPath());
    }

    @Test
    void theVirusScannerIsDockerComposesClamavRunTwiceWhereThePlatformConfigSendsTheServices() {
        checkScanner(base);

        Map<String, Object> composed = composeService(CLAMAV);
        Container clamav = container(base.deployment(CLAMAV));
        assertThat(clamav.getImage()).as("the same ClamAV as docker compose's").isEqualTo(composed.get("image"));
        assertThat(environment(base, clamav)).as("clamd's limits, as docker compose's")
                .isEqualTo(composeEnvironment(CLAMAV));
    }

    @Test
    void noSecretIsCommittedAndEveryOneReferencedIsAnOperatorsOrListedInTheDocs() throws IOException {
        checkNoSecretCommitted(base);
        String docs = Files.readString(REPO.resolve("docs/kubernetes.md"));
        Set<String> writtenByOperators = secretsWrittenByOperators(base);
        Set<String> created = new HashSet<>(referencedSecrets(base));
        created.removeAll(writtenByOperators);
        base.all(MONGODB_KIND).forEach(replicaSet -> users(replicaSet).forEach(user -> {
            Object password = GenericKubernetesResource.get(user, "passwordSecretRef", "name");
            created.add(String.valueOf(password));
        }));
        assertThat(created).as("the Secrets the operator of the cluster creates").isNotEmpty()
                .allSatisfy(secret -> assertThat(docs).as("docs/kubernetes.md on the Secret %s", secret)
                        .contains("`" + secret + "`"));
    }

    @Test
    void theExampleOverlayBuildsOnTheBaseAndPatchesOnlyWhatTheBaseHas() throws IOException {
        Path overlay = KubernetesManifests.EXAMPLE_OVERLAY;
        assertThat(KubernetesManifests.<String>listed(overlay, "resources")).contains("../../base");
        assertThat(KubernetesManifests.kustomization(overlay).get("namespace")).as("the overlay's namespace")
                .isInstanceOf(String.class);

        Set<String> images = base.all(Deployment.class).stream().map(deployment -> container(deployment).getImage())
                .collect(Collectors.toSet());
        List<Map<String, Object>> imageEntries = KubernetesManifests.listed(overlay, "images");
        assertThat(imageEntries).extracting(entry -> entry.get("name"))
                .as("an overlay's images name the base's").allMatch(images::contains)
                .containsAll(deployedModules().stream().map(module -> "casemgmt/" + module.name()).toList());

        for (Map<String, Object> patch : KubernetesManifests.<Map<String, Object>>listed(overlay, "patches")) {
            if (patch.containsKey("path")) {
                Path file = overlay.resolve(String.valueOf(patch.get("path")));
                assertThat(file).exists();
                for (HasMetadata patched : KubernetesManifests.parse(Files.readString(file))) {
                    assertThat(kindsAndNames(base)).as("what %s patches", file.getFileName())
                            .contains(patched.getKind() + "/" + patched.getMetadata().getName());
                }
            }
            if (patch.get("target") instanceof Map<?, ?> target) {
                assertThat(kindsAndNames(base)).as("the target of a patch of the overlay")
                        .contains(target.get("kind") + "/" + target.get("name"));
            }
        }
    }

    /**
     * kubectl's kustomize, as an operator applies them: the base, and the example overlay with its namespace, images
     * and patches, keep every check. bin/test installs kubectl where it is missing; CI fails without it.
     */
    @Test
    void theRenderedBaseAndExampleOverlayKeepEveryCheck() throws IOException, InterruptedException {
        Optional<KubernetesManifests> renderedBase = KubernetesManifests.render(KubernetesManifests.BASE);
        if (renderedBase.isEmpty()) {
            String missing = "kubectl is not installed, so the manifests were not rendered: install it (bin/test does,"
                    + " with apt-get install kubectl)";
            if (System.getenv("CI") != null) {
                fail(missing);
            }
            Assumptions.abort(missing);
        }
        KubernetesManifests overlay = KubernetesManifests.render(KubernetesManifests.EXAMPLE_OVERLAY).orElseThrow();
        for (KubernetesManifests rendered : List.of(renderedBase.get(), overlay)) {
            deployedModules().forEach(module -> checkDeployed(rendered, module));
            backendModules().forEach(module -> checkStores(rendered, module));
            checkConsole(rendered);
            checkScanner(rendered);
            checkTopics(rendered);
            checkUsers(rendered);
            checkKafkaCluster(rendered);
            checkKeycloak(rendered);
            checkNoSecretCommitted(rendered);
        }

        String namespace = String.valueOf(KubernetesManifests.kustomization(KubernetesManifests.EXAMPLE_OVERLAY)
                .get("namespace"));
        assertThat(overlay.all()).as("every resource of the overlay in its namespace")
                .allSatisfy(resource -> assertThat(resource.getMetadata().getNamespace()).isEqualTo(namespace));
        Map<String, String> newImages = new LinkedHashMap<>();
        KubernetesManifests.<Map<String, Object>>listed(KubernetesManifests.EXAMPLE_OVERLAY, "images")
                .forEach(image -> newImages.put(String.valueOf(image.get("name")),
                        image.get("newName") + ":" + image.get("newTag")));
        for (ServiceModule module : deployedModules()) {
            assertThat(container(overlay.deployment(module.name())).getImage()).as("%s's image", module.name())
                    .isEqualTo(newImages.get("casemgmt/" + module.name()));
        }
        assertThat(kindsAndNames(overlay)).as("the overlay's resources are the base's")
                .containsExactlyInAnyOrderElementsOf(kindsAndNames(renderedBase.get()));
    }

    private static void checkDeployed(KubernetesManifests manifests, ServiceModule module) {
        String name = module.name();
        Deployment deployment = manifests.deployment(name);
        int replicas = deployment.getSpec().getReplicas();
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels).as("%s's pods are its Deployment's", name)
                .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());

        Container container = container(deployment);
        assertThat(container.getImage()).as("%s's image", name).matches("(.+/)?casemgmt/" + name + "(:.+)?");
        Map<String, Integer> ports = container.getPorts().stream()
                .collect(Collectors.toMap(ContainerPort::getName, ContainerPort::getContainerPort));
        assertThat(ports).as("%s's ports", name).containsEntry("http", HTTP_PORT)
                .containsEntry("management", MANAGEMENT_PORT);
        Map<String, String> environment = environment(manifests, container);
        assertThat(environment).as("%s answers the API on one port, health on the other, for the kubelet", name)
                .containsEntry("SERVER_PORT", String.valueOf(HTTP_PORT))
                .containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(MANAGEMENT_PORT))
                .containsEntry(KUBERNETES_ONLY_VARIABLE, "0.0.0.0");
        checkProbe(name + "'s readiness probe", container.getReadinessProbe(), "/actuator/health/readiness", ports);
        checkProbe(name + "'s liveness probe", container.getLivenessProbe(), "/actuator/health/liveness", ports);

        ResourceRequirements resources = container.getResources();
        assertThat(resources.getRequests()).as("%s's requests", name).containsKeys("cpu", "memory");
        assertThat(resources.getLimits()).as("%s's limits", name).containsKeys("cpu", "memory");
        long requested = mebibytes(resources.getRequests().get("memory"));
        long limit = mebibytes(resources.getLimits().get("memory"));
        assertThat(requested).as("%s's memory request against its resident memory", name)
                .isGreaterThanOrEqualTo(module.isGateway() ? GATEWAY_RESIDENT_MIB : SERVICE_RESIDENT_MIB);
        assertThat(limit).as("%s's memory limit", name).isGreaterThanOrEqualTo(requested);
        Matcher heap = MAX_RAM_PERCENTAGE.matcher(environment.get("JAVA_TOOL_OPTIONS"));
        assertThat(heap.find()).as("%s's heap is a share of its memory limit", name).isTrue();
        assertThat(limit * Integer.parseInt(heap.group(1)) / 100 + NON_HEAP_MIB)
                .as("%s's largest heap and what the JVM needs beside it, in MiB", name).isLessThanOrEqualTo(limit);

        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).as("%s runs as its image's user", name).isTrue();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as("%s's root file system", name)
                .isTrue();
        assertThat(container.getVolumeMounts()).as("%s writes its temporary files to a volume", name)
                .anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));

        Service service = manifests.service(name);
        assertThat(podLabels).as("the pods %s's Service selects", name)
                .containsAllEntriesOf(service.getSpec().getSelector());
        assertThat(service.getSpec().getPorts()).as("%s's Service: the API alone, never the management port", name)
                .singleElement().satisfies(port -> {
                    assertThat(port.getPort()).isEqualTo(HTTP_PORT);
                    assertThat(targetPort(port, ports)).isEqualTo(HTTP_PORT);
                });

        if (module.isConsole()) {
            checkSingleInstance(manifests, name, replicas);
        } else {
            checkScaledOut(manifests, module, replicas, podLabels);
        }
    }

    /** Two replicas at least, a drain taking some but never all, an autoscaler on the Deployment. */
    private static void checkScaledOut(KubernetesManifests manifests, ServiceModule module, int replicas,
            Map<String, String> podLabels) {
        String name = module.name();
        assertThat(replicas).as("%s's replicas", name).isGreaterThanOrEqualTo(2);
        PodDisruptionBudget budget = manifests.disruptionBudget(name);
        assertThat(podLabels).as("the pods %s's PodDisruptionBudget counts", name)
                .containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
        IntOrString maxUnavailable = budget.getSpec().getMaxUnavailable();
        IntOrString minAvailable = budget.getSpec().getMinAvailable();
        assertThat(maxUnavailable != null ? maxUnavailable.getIntVal() : replicas - minAvailable.getIntVal())
                .as("pods of %s a drain may take at once", name).isBetween(1, replicas - 1);

        HorizontalPodAutoscaler autoscaler = manifests.autoscaler(name);
        assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(name);
        assertThat(autoscaler.getSpec().getMinReplicas()).as("%s's fewest replicas", name)
                .isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(replicas);
        assertThat(autoscaler.getSpec().getMaxReplicas()).as("%s's most replicas", name)
                .isGreaterThanOrEqualTo(autoscaler.getSpec().getMinReplicas());
        assertThat(autoscaler.getSpec().getMetrics()).as("what scales %s", name).isNotEmpty();
        if (module.isBackendService()) {
            assertThat(autoscaler.getSpec().getMaxReplicas())
                    .as("%s's most replicas: more consumers of a group than partitions would be idle", name)
                    .isLessThanOrEqualTo(fewestPartitions(manifests));
        }
    }

    /**
     * The console's exception: it keeps each user's sign-in and tokens in its memory (the HTTP session), and the
     * gateway's pods are its only callers, so no Service affinity can keep a user on one of several pods; a second
     * would ask its users to sign in again. So exactly one replica, no autoscaler to add others, and no disruption
     * budget, which for one pod could only block every node drain. More replicas need a shared session store first.
     */
    private static void checkSingleInstance(KubernetesManifests manifests, String name, int replicas) {
        assertThat(replicas).as("%s's replicas: its sessions are in its memory", name).isEqualTo(1);
        assertThat(manifests.find(HorizontalPodAutoscaler.class, name)).as("an autoscaler of %s", name).isEmpty();
        assertThat(manifests.find(PodDisruptionBudget.class, name)).as("a disruption budget of %s", name).isEmpty();
    }

    private static void checkProbe(String description, Probe probe, String path, Map<String, Integer> ports) {
        assertThat(probe).as(description).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(description).isEqualTo(path);
        IntOrString port = probe.getHttpGet().getPort();
        assertThat(port.getStrVal() != null ? ports.get(port.getStrVal()) : port.getIntVal())
                .as("%s: on the management port, where the Actuator answers", description)
                .isEqualTo(MANAGEMENT_PORT);
    }

    private static int targetPort(ServicePort port, Map<String, Integer> containerPorts) {
        IntOrString target = port.getTargetPort();
        return target.getStrVal() != null ? containerPorts.get(target.getStrVal()) : target.getIntVal();
    }

    /** Its MongoDB replica set and user, its Kafka user, each from the Secret the operators write. */
    private static void checkStores(KubernetesManifests manifests, ServiceModule module) {
        String name = module.name();
        Map<String, String> environment = environment(manifests, container(manifests.deployment(name)));

        List<GenericKubernetesResource> replicaSets = manifests.all(MONGODB_KIND).stream()
                .filter(replicaSet -> users(replicaSet).stream()
                        .anyMatch(user -> name.equals(GenericKubernetesResource.get(user, "name"))))
                .toList();
        assertThat(replicaSets).as("%s's MongoDB replica set", name).hasSize(1);
        GenericKubernetesResource replicaSet = replicaSets.getFirst();
        assertThat((Object) replicaSet.get("spec", "type")).isEqualTo("ReplicaSet");
        assertThat((Integer) replicaSet.get("spec", "members")).as("%s's replica set members", name)
                .isGreaterThanOrEqualTo(3);
        assertThat(users(replicaSet)).as("%s's replica set is its own", name).hasSize(1);
        Map<String, Object> user = users(replicaSet).getFirst();
        assertThat(user).as("%s's database user", name).containsEntry("db", module.stage())
                .containsEntry("roles", List.of(Map.of("name", "readWrite", "db", module.stage())));
        assertThat(environment.get("SPRING_MONGODB_URI")).as("%s's database URI", name)
                .isEqualTo(SECRET + user.get("connectionStringSecretName") + "/" + MONGODB_URI_KEY);
        checkKafkaSignIn(manifests, name, environment);
    }

    /**
     * The console's Kafka user, its client secret the one Keycloak's realm import gives its client, and a NetworkPolicy
     * that lets only the gateway call its pages: it takes the X-Forwarded-* headers of whoever calls.
     */
    private static void checkConsole(KubernetesManifests manifests) {
        String name = ServiceModule.CONSOLE.name();
        Deployment deployment = manifests.deployment(name);
        Map<String, String> environment = environment(manifests, container(deployment));
        checkKafkaSignIn(manifests, name, environment);
        assertThat(environment.get("CASEMGMT_CONSOLE_CLIENT_SECRET")).as("the console's client secret")
                .startsWith(SECRET).isEqualTo(environment(manifests, container(manifests.deployment("keycloak")))
                        .get("CASEMGMT_CONSOLE_CLIENT_SECRET"));

        NetworkPolicy policy = manifests.get(NetworkPolicy.class, name);
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
        assertThat(policy.getSpec().getIngress()).as("who may reach the console's pages: the gateway alone")
                .filteredOn(rule -> rule.getPorts().stream()
                        .anyMatch(port -> "http".equals(port.getPort().getStrVal())))
                .singleElement().satisfies(rule -> assertThat(rule.getFrom()).singleElement().satisfies(peer ->
                        assertThat(peer.getPodSelector().getMatchLabels())
                                .containsExactlyEntriesOf(Map.of("app.kubernetes.io/name", "gateway"))));
        assertThat(policy.getSpec().getIngress()).as("the kubelet's probes")
                .anySatisfy(rule -> assertThat(rule.getPorts()).extracting(port -> port.getPort().getStrVal())
                        .containsExactly("management"));
    }

    /** Its own Kafka user, signed in with the Secret Strimzi's User Operator writes, on the platform's listener. */
    private static void checkKafkaSignIn(KubernetesManifests manifests, String name, Map<String, String> environment) {
        assertThat(manifests.find(KafkaUser.class, name)).as("%s's Kafka user", name).isPresent();
        assertThat(environment.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")).as("%s's Kafka sign-in", name)
                .isEqualTo(SECRET + StrimziResources.USER_SECRET_PREFIX + name + "/" + JAAS_KEY);
        GenericKafkaListener listener = clientListener(manifests);
        assertThat(environment.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).as("%s's Kafka", name)
                .isEqualTo(StrimziResources.CLUSTER + "-kafka-bootstrap:" + listener.getPort());
        assertThat(environment.get("SPRING_KAFKA_SECURITY_PROTOCOL")).as("%s's Kafka protocol", name)
                .isEqualTo(listener.isTls() ? "SASL_SSL" : "SASL_PLAINTEXT");
        assertThat(environment.get("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM")).isEqualTo(KafkaCredentials.MECHANISM);
    }

    private static void checkTopics(KubernetesManifests manifests) {
        Map<String, KafkaTopic> topics = manifests.all(KafkaTopic.class).stream()
                .collect(Collectors.toMap(KubernetesManifestsTest::topicName, Function.identity()));
        assertThat(topics.keySet()).as("the KafkaTopics: the embedded broker's topics")
                .containsExactlyInAnyOrderElementsOf(KafkaBroker.knownTopics());
        topics.forEach((name, topic) -> {
            assertThat(topic.getMetadata().getLabels()).containsEntry(STRIMZI_CLUSTER_LABEL, StrimziResources.CLUSTER);
            assertThat(topic.getSpec().getAdditionalProperties()).as("%s's unknown fields", name).isEmpty();
            assertThat(topic.getSpec().getReplicas()).as("%s's replicas", name).isEqualTo(3);
            assertThat(String.valueOf(topic.getSpec().getConfig().get("min.insync.replicas")))
                    .as("%s's min.insync.replicas", name).isEqualTo("2");
            if (name.endsWith(".dlq")) {
                assertThat(topic.getSpec().getPartitions()).as("%s's partitions: its topic's", name)
                        .isEqualTo(topics.get(name.substring(0, name.length() - ".dlq".length())).getSpec()
                                .getPartitions());
            } else {
                assertThat(topic.getSpec().getPartitions()).as("%s's partitions", name)
                        .isEqualTo(StrimziResources.DEFAULT_PARTITIONS);
            }
        });
        for (String feed : KafkaAccessList.partnerFeeds()) {
            assertThat(String.valueOf(topics.get(feed).getSpec().getConfig().get("retention.ms")))
                    .as("%s's retention: how far back a partner can replay it", feed)
                    .isEqualTo(String.valueOf(PARTNER_FEED_RETENTION.toMillis()));
        }
    }

    private static String topicName(KafkaTopic topic) {
        return topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName()
                : topic.getMetadata().getName();
    }

    private static void checkUsers(KubernetesManifests manifests) {
        KafkaAccessList accessList = KafkaAccessList.fromCatalogue();
        List<String> expected = accessList.users().stream().filter(user -> !user.equals(KafkaAccessList.ADMIN))
                .toList();
        assertThat(manifests.all(KafkaUser.class)).extracting(user -> user.getMetadata().getName())
                .as("the KafkaUsers: the access list's users but the admin, whose work the operators do")
                .containsExactlyInAnyOrderElementsOf(expected);
        for (KafkaUser user : manifests.all(KafkaUser.class)) {
            String name = user.getMetadata().getName();
            assertThat(user.getMetadata().getLabels()).containsEntry(STRIMZI_CLUSTER_LABEL, StrimziResources.CLUSTER);
            assertThat(user.getSpec().getAuthentication()).as("how %s signs in", name)
                    .isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);
            assertThat(user.getSpec().getAuthorization()).as("%s's access list", name)
                    .isInstanceOf(KafkaUserAuthorizationSimple.class);
            List<AclRule> rules = ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
            List<AclBinding> bindings = rules.stream().flatMap(rule -> bindings(name, rule)).toList();
            assertThat(bindings).as("%s's access list entries: the catalogue's", name)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(accessList.bindings().stream()
                            .filter(binding -> binding.entry().principal().equals(KafkaAccessList.principal(name)))
                            .toList());
        }
    }

    /** A Strimzi rule as the broker's entries, read with Strimzi's model, without the generator's mapping. */
    private static Stream<AclBinding> bindings(String user, AclRule rule) {
        assertThat(rule.getAdditionalProperties()).as("%s's rule %s: unknown fields", user, rule).isEmpty();
        assertThat(rule.getType()).as("%s's rule %s", user, rule).isIn(null, AclRuleType.ALLOW);
        assertThat(rule.getHost()).as("%s's rule %s", user, rule).isIn(null, "*");
        ResourcePattern pattern = switch (rule.getResource()) {
            case AclRuleTopicResource topic ->
                    new ResourcePattern(ResourceType.TOPIC, topic.getName(), patternType(topic.getPatternType()));
            case AclRuleGroupResource group ->
                    new ResourcePattern(ResourceType.GROUP, group.getName(), patternType(group.getPatternType()));
            case AclRuleTransactionalIdResource id -> new ResourcePattern(ResourceType.TRANSACTIONAL_ID, id.getName(),
                    patternType(id.getPatternType()));
            case AclRuleClusterResource cluster ->
                    new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL);
            default -> throw new AssertionError("unknown resource in " + user + "'s rule " + rule);
        };
        List<io.strimzi.api.kafka.model.user.acl.AclOperation> operations = rule.getOperations() != null
                ? rule.getOperations() : List.of(rule.getOperation());
        return operations.stream().map(operation -> new AclBinding(pattern, new AccessControlEntry(
                KafkaAccessList.principal(user), "*", kafkaOperation(operation), AclPermissionType.ALLOW)));
    }

    private static PatternType patternType(AclResourcePatternType type) {
        return type == null || type == AclResourcePatternType.LITERAL ? PatternType.LITERAL : PatternType.PREFIXED;
    }

    /** Strimzi's {@code DESCRIBECONFIGS} is Kafka's {@code DESCRIBE_CONFIGS}. */
    private static AclOperation kafkaOperation(io.strimzi.api.kafka.model.user.acl.AclOperation operation) {
        return Stream.of(AclOperation.values())
                .filter(kafka -> kafka.name().replace("_", "").equals(operation.name()))
                .findFirst().orElseThrow(() -> new AssertionError("no Kafka operation " + operation));
    }

    private static void checkKafkaCluster(KubernetesManifests manifests) {
        Kafka kafka = manifests.get(Kafka.class, StrimziResources.CLUSTER);
        assertThat(kafka.getSpec().getKafka().getAuthorization()).as("the brokers' authorizer")
                .isInstanceOf(KafkaAuthorizationSimple.class);
        assertThat(kafka.getSpec().getKafka().getListeners()).as("every listener signs its clients in with SCRAM")
                .allSatisfy(listener -> assertThat(listener.getAuth())
                        .isInstanceOf(KafkaListenerAuthenticationScramSha512.class));
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        assertThat(String.valueOf(config.get("auto.create.topics.enable"))).as("topics made on demand")
                .isEqualTo("false");
        assertThat(String.valueOf(config.get("min.insync.replicas"))).isEqualTo("2");
        for (String replication : List.of("default.replication.factor", "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor")) {
            assertThat(String.valueOf(config.get(replication))).as(replication).isEqualTo("3");
        }
        assertThat(kafka.getSpec().getEntityOperator().getTopicOperator()).as("the Topic Operator").isNotNull();
        assertThat(kafka.getSpec().getEntityOperator().getUserOperator().getSecretPrefix())
                .as("where the User Operator writes each user's password: the Secret the Deployments name")
                .isEqualTo(StrimziResources.USER_SECRET_PREFIX);

        List<KafkaNodePool> pools = manifests.all(KafkaNodePool.class).stream()
                .filter(pool -> StrimziResources.CLUSTER.equals(pool.getMetadata().getLabels()
                        .get(STRIMZI_CLUSTER_LABEL)))
                .toList();
        assertThat(nodes(pools, ProcessRoles.BROKER)).as("brokers: every topic's replicas").isGreaterThanOrEqualTo(3);
        assertThat(nodes(pools, ProcessRoles.CONTROLLER)).as("KRaft controllers, an odd number for a majority")
                .isGreaterThanOrEqualTo(3).isOdd();
        assertThat(manifests.configMap(PLATFORM_CONFIG).getData()).as("where the clients find the brokers")
                .containsEntry("kafka-bootstrap-servers",
                        StrimziResources.CLUSTER + "-kafka-bootstrap:" + clientListener(manifests).getPort());
    }

    private static int nodes(List<KafkaNodePool> pools, ProcessRoles role) {
        return pools.stream().filter(pool -> pool.getSpec().getRoles().contains(role))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
    }

    /** The listener the services sign in on: the one the platform's ConfigMap points them at. */
    private static GenericKafkaListener clientListener(KubernetesManifests manifests) {
        String bootstrap = manifests.configMap(PLATFORM_CONFIG).getData().get("kafka-bootstrap-servers");
        return manifests.get(Kafka.class, StrimziResources.CLUSTER).getSpec().getKafka().getListeners().stream()
                .filter(listener -> bootstrap.endsWith(":" + listener.getPort()))
                .findFirst().orElseThrow(() -> new AssertionError("no listener for " + bootstrap));
    }

    private static void checkKeycloak(KubernetesManifests manifests) {
        Deployment deployment = manifests.deployment("keycloak");
        Container keycloak = container(deployment);
        assertThat(keycloak.getArgs()).contains("--import-realm");
        assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes()).as("the realm imported")
                .anySatisfy(volume -> assertThat(volume.getConfigMap().getName())
                        .isEqualTo(manifests.configMap("keycloak-realm").getMetadata().getName()));
        assertThat(keycloak.getVolumeMounts()).anySatisfy(mount -> assertThat(mount.getMountPath())
                .isEqualTo("/opt/keycloak/data/import"));
        Map<String, String> environment = environment(manifests, keycloak);
        assertThat(environment.get("KC_BOOTSTRAP_ADMIN_PASSWORD")).as("Keycloak's admin password").startsWith(SECRET);
        assertThat(manifests.configMap(PLATFORM_CONFIG).getData().get("issuer-uri"))
                .as("the issuer every service trusts: Keycloak's fixed hostname and the platform's realm")
                .isEqualTo(environment.get("KC_HOSTNAME") + REALM);
        assertThat(keycloak.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/health/ready");
        assertThat(keycloak.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/health/live");
        assertThat(environment).containsEntry("KC_HEALTH_ENABLED", "true");
        Map<String, Integer> ports = keycloak.getPorts().stream()
                .collect(Collectors.toMap(ContainerPort::getName, ContainerPort::getContainerPort));
        assertThat(manifests.service("keycloak").getSpec().getPorts())
                .as("Keycloak's Service: its hostname, %s, on Keycloak's HTTP port", environment.get("KC_HOSTNAME"))
                .anySatisfy(port -> {
                    assertThat(environment.get("KC_HOSTNAME")).isEqualTo("http://keycloak:" + port.getPort());
                    assertThat(targetPort(port, ports)).isEqualTo(HTTP_PORT);
                });
    }

    /**
     * clamd's Service at the address the services are given, two pods at least (every upload needs one), probed with
     * PING, and reached by the services alone.
     */
    private static void checkScanner(KubernetesManifests manifests) {
        Map<String, String> config = manifests.configMap(PLATFORM_CONFIG).getData();
        Deployment deployment = manifests.deployment(CLAMAV);
        assertThat(deployment.getSpec().getReplicas()).as("clamav's replicas").isGreaterThanOrEqualTo(2);
        Container clamav = container(deployment);
        assertThat(clamav.getReadinessProbe().getExec().getCommand()).as("clamav's readiness probe")
                .anySatisfy(part -> assertThat(part).contains("PING", "PONG"));
        assertThat(clamav.getResources().getLimits()).containsKeys("cpu", "memory");
        Map<String, Integer> ports = clamav.getPorts().stream()
                .collect(Collectors.toMap(ContainerPort::getName, ContainerPort::getContainerPort));
        assertThat(config.get("scanner-host")).as("the scanner the services are sent to").isEqualTo(CLAMAV);
        assertThat(manifests.service(config.get("scanner-host")).getSpec().getPorts()).singleElement()
                .satisfies(port -> {
                    assertThat(String.valueOf(port.getPort())).isEqualTo(config.get("scanner-port"));
                    assertThat(targetPort(port, ports)).isEqualTo(LaunchOptions.DEFAULT_CLAMD_PORT);
                });
        assertThat(manifests.disruptionBudget(CLAMAV)).isNotNull();
        NetworkPolicy policy = manifests.get(NetworkPolicy.class, CLAMAV);
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
        assertThat(policy.getSpec().getIngress()).as("who may reach clamd: the services alone").singleElement()
                .satisfies(rule -> assertThat(rule.getFrom()).singleElement().satisfies(peer ->
                        assertThat(peer.getPodSelector().getMatchLabels())
                                .containsExactlyEntriesOf(Map.of("app.kubernetes.io/component", "backend"))));
        for (ServiceModule module : backendModules()) {
            assertThat(manifests.deployment(module.name()).getSpec().getTemplate().getMetadata().getLabels())
                    .as("%s may reach clamd", module.name()).containsEntry("app.kubernetes.io/component", "backend");
        }
    }

    private static void checkNoSecretCommitted(KubernetesManifests manifests) {
        assertThat(manifests.all(Secret.class)).as("Secrets in the manifests: they are created, never committed")
                .isEmpty();
    }

    /** The Secrets the MongoDB operator and Strimzi's User Operator write from the resources here. */
    private static Set<String> secretsWrittenByOperators(KubernetesManifests manifests) {
        Set<String> secrets = new HashSet<>();
        manifests.all(MONGODB_KIND).forEach(replicaSet -> users(replicaSet)
                .forEach(user -> secrets.add(String.valueOf(user.get("connectionStringSecretName")))));
        manifests.all(KafkaUser.class).forEach(user -> secrets.add(StrimziResources.USER_SECRET_PREFIX
                + user.getMetadata().getName()));
        return secrets;
    }

    private static Set<String> referencedSecrets(KubernetesManifests manifests) {
        return manifests.all(Deployment.class).stream()
                .flatMap(deployment -> deployment.getSpec().getTemplate().getSpec().getContainers().stream())
                .flatMap(container -> container.getEnv().stream())
                .filter(variable -> variable.getValueFrom() != null
                        && variable.getValueFrom().getSecretKeyRef() != null)
                .map(variable -> variable.getValueFrom().getSecretKeyRef().getName())
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> users(GenericKubernetesResource replicaSet) {
        List<Map<String, Object>> users = replicaSet.get("spec", "users");
        return users == null ? List.of() : users;
    }

    private static Set<String> kindsAndNames(KubernetesManifests manifests) {
        return manifests.all().stream()
                .map(resource -> resource.getKind() + "/" + resource.getMetadata().getName())
                .collect(Collectors.toSet());
    }

    private static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as("%s's containers", deployment.getMetadata().getName()).hasSize(1);
        return containers.getFirst();
    }

    /**
     * A container's variables, each as its value: given, or from the ConfigMap it names; from a Secret,
     * {@code secret:<name>/<key>}.
     */
    private static Map<String, String> environment(KubernetesManifests manifests, Container container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (EnvVar variable : container.getEnv()) {
            String value;
            if (variable.getValueFrom() == null) {
                value = variable.getValue();
            } else if (variable.getValueFrom().getSecretKeyRef() != null) {
                var secret = variable.getValueFrom().getSecretKeyRef();
                value = SECRET + secret.getName() + "/" + secret.getKey();
            } else {
                var reference = variable.getValueFrom().getConfigMapKeyRef();
                value = manifests.configMap(reference.getName()).getData().get(reference.getKey());
                assertThat(value).as("%s from the ConfigMap %s", variable.getName(), reference.getName()).isNotNull();
            }
            assertThat(environment.put(variable.getName(), value)).as("%s set twice", variable.getName()).isNull();
        }
        return environment;
    }

    private static long mebibytes(Quantity quantity) {
        return Quantity.getAmountInBytes(quantity).divide(BigDecimal.valueOf(1024 * 1024)).longValue();
    }

    private static int fewestPartitions(KubernetesManifests manifests) {
        return manifests.all(KafkaTopic.class).stream().mapToInt(topic -> topic.getSpec().getPartitions()).min()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> composeService(String name) {
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).as("docker-compose.yml's services").containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> composeEnvironment(String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        ((Map<String, Object>) composeService(service).get("environment"))
                .forEach((variable, value) -> environment.put(variable, String.valueOf(value)));
        return environment;
    }
}

package org.casemgmt.launcher;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes resources of one kustomization under deploy/k8s, typed: Kubernetes' own kinds as fabric8's model,
 * Strimzi's as Strimzi's, anything else (MongoDBCommunity) generic. Either read from the files as kustomize finds them
 * (a kustomization's {@code resources}, files and directories, without its transformations) or rendered by
 * {@code kubectl kustomize}, which applies an overlay's.
 */
final class KubernetesManifests {

    static final Path DEPLOY = RepositoryRoot.find().resolve("deploy/k8s");
    static final Path BASE = DEPLOY.resolve("base");
    static final Path EXAMPLE_OVERLAY = DEPLOY.resolve("overlays/example");
    static final String KUSTOMIZATION = "kustomization.yaml";
    private static final KubernetesSerialization SERIALIZATION = serialization();
    private static final long RENDER_TIMEOUT_SECONDS = 120;

    private final List<HasMetadata> resources;

    private KubernetesManifests(List<HasMetadata> resources) {
        this.resources = List.copyOf(resources);
    }

    private static KubernetesSerialization serialization() {
        KubernetesSerialization serialization = new KubernetesSerialization();
        for (var strimziKind : List.of(Kafka.class, KafkaNodePool.class, KafkaTopic.class, KafkaUser.class)) {
            serialization.registerKubernetesResource(strimziKind);
        }
        return serialization;
    }

    /**
     * The resources a kustomization lists, as they are in its files, and the ConfigMaps its generators make (named
     * without the hash kustomize adds).
     */
    static KubernetesManifests read(Path kustomizationDirectory) throws IOException {
        List<HasMetadata> resources = new ArrayList<>();
        for (String resource : KubernetesManifests.<String>listed(kustomizationDirectory, "resources")) {
            Path path = kustomizationDirectory.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(read(path).resources);
            } else {
                resources.addAll(parse(Files.readString(path)));
            }
        }
        for (Map<String, Object> generator : KubernetesManifests.<Map<String, Object>>listed(kustomizationDirectory,
                "configMapGenerator")) {
            ConfigMapBuilder configMap = new ConfigMapBuilder().withNewMetadata()
                    .withName(String.valueOf(generator.get("name"))).endMetadata();
            for (Object file : (List<?>) generator.getOrDefault("files", List.of())) {
                configMap.addToData(String.valueOf(file),
                        Files.readString(kustomizationDirectory.resolve(String.valueOf(file))));
            }
            resources.add(configMap.build());
        }
        return new KubernetesManifests(resources);
    }

    /** The kustomization file's entries under {@code field} (a list of strings or of maps). */
    @SuppressWarnings("unchecked")
    static <T> List<T> listed(Path kustomizationDirectory, String field) throws IOException {
        Object entries = kustomization(kustomizationDirectory).get(field);
        return entries == null ? List.of() : (List<T>) entries;
    }

    static Map<String, Object> kustomization(Path kustomizationDirectory) throws IOException {
        try (Reader reader = Files.newBufferedReader(kustomizationDirectory.resolve(KUSTOMIZATION))) {
            return new Yaml().load(reader);
        }
    }

    /** What {@code kubectl kustomize} makes of a kustomization, or nothing when kubectl is not installed. */
    static Optional<KubernetesManifests> render(Path kustomizationDirectory) throws IOException, InterruptedException {
        Optional<Path> kubectl = kubectl();
        if (kubectl.isEmpty()) {
            return Optional.empty();
        }
        Process process = new ProcessBuilder(kubectl.get().toString(), "kustomize", kustomizationDirectory.toString())
                .start();
        process.getOutputStream().close();
        // The output first: kubectl blocks once a pipe is full, and the manifests fill one; its errors do not.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(RENDER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("kubectl kustomize " + kustomizationDirectory + " took over "
                    + RENDER_TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0 || !errors.isEmpty()) {
            throw new AssertionError("kubectl kustomize " + kustomizationDirectory + " exited " + process.exitValue()
                    + " (a warning counts too, e.g. a deprecated field):\n" + errors);
        }
        return Optional.of(new KubernetesManifests(parse(output)));
    }

    static Optional<Path> kubectl() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    static List<HasMetadata> parse(String yaml) {
        Object parsed = SERIALIZATION.unmarshal(yaml);
        if (parsed == null) {
            return List.of();
        }
        return parsed instanceof List<?> documents ? (List<HasMetadata>) documents : List.of((HasMetadata) parsed);
    }

    List<HasMetadata> all() {
        return resources;
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return resources.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    List<GenericKubernetesResource> all(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(resource -> resource.getKind().equals(kind))
                .toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return all(kind).stream().filter(resource -> resource.getMetadata().getName().equals(name)).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " " + name));
    }

    Deployment deployment(String name) {
        return get(Deployment.class, name);
    }

    Service service(String name) {
        return get(Service.class, name);
    }

    PodDisruptionBudget disruptionBudget(String name) {
        return get(PodDisruptionBudget.class, name);
    }

    HorizontalPodAutoscaler autoscaler(String name) {
        return get(HorizontalPodAutoscaler.class, name);
    }

    /**
     * A ConfigMap by the name the base gives it: kustomize's generators add a hash of the content to the name, and
     * rewrite the references to it.
     */
    ConfigMap configMap(String name) {
        return all(ConfigMap.class).stream()
                .filter(map -> map.getMetadata().getName().equals(name)
                        || map.getMetadata().getName().matches(Pattern.quote(name) + "-[a-z0-9]{10}"))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap " + name));
    }

    static String serialize(Object resource) {
        return SERIALIZATION.asYaml(resource);
    }
}

package com.topcoins.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every manifest under deploy/kubernetes parsed with Kubernetes' model (fabric8), and the structure the
 * suite relies on: probes and resources everywhere, one way in from outside, secrets only by reference.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = RepoRoot.file("deploy/kubernetes");
    private static final Set<String> INGESTION = Set.of("ingest-cryptocompare", "ingest-coinmarketcap");
    private static final List<HasMetadata> RESOURCES = new ArrayList<>();

    @BeforeAll
    static void parseEveryManifest() throws IOException {
        KubernetesSerialization kubernetes = new KubernetesSerialization();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (file.getFileName().toString().equals("kustomization.yaml")) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    HasMetadata resource = kubernetes.unmarshal(in);
                    assertThat(resource.getMetadata().getName())
                            .as(file.toString())
                            .isNotBlank();
                    RESOURCES.add(resource);
                }
            }
        }
    }

    @Test
    void everyKustomizationListsExistingFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<Path> kustomizations = files.filter(
                            f -> f.getFileName().toString().equals("kustomization.yaml"))
                    .toList();
            assertThat(kustomizations).hasSize(4);
            for (Path kustomization : kustomizations) {
                Map<String, Object> document = new Yaml().load(Files.readString(kustomization));
                @SuppressWarnings("unchecked")
                List<String> resources = (List<String>) document.get("resources");
                for (String resource : resources) {
                    assertThat(kustomization.getParent().resolve(resource))
                            .as("%s: %s", kustomization, resource)
                            .exists();
                }
            }
        }
    }

    @Test
    void frontApiRunsReplicatedWithProbesResourcesAndAnAutoscaler() {
        Deployment frontApi = deployment("front-api");
        assertThat(frontApi.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        Container container =
                frontApi.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
        assertThat(container.getStartupProbe().getHttpGet().getPort().getStrVal())
                .isEqualTo("management");
        assertThat(container.getLivenessProbe().getHttpGet().getPort().getStrVal())
                .isEqualTo("management");
        assertThat(container.getReadinessProbe().getHttpGet().getPort().getStrVal())
                .isEqualTo("management");

        HorizontalPodAutoscaler hpa = only(HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("front-api");
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.getSpec().getMetrics())
                .anySatisfy(metric -> assertThat(metric.getResource().getName()).isEqualTo("cpu"));
    }

    @Test
    void everyContainerHasRequestsAndLimitsAndRunsAsNonRoot() {
        List<PodSpec> pods = podSpecs();
        assertThat(pods).hasSize(5);
        for (PodSpec pod : pods) {
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            for (Container container : pod.getContainers()) {
                assertThat(container.getResources().getRequests())
                        .as(container.getName())
                        .containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits())
                        .as(container.getName())
                        .containsKey("memory");
            }
        }
    }

    @Test
    void eachIngestionServiceExistsAsScheduledDeploymentAndAsOnceCronJob() {
        for (String service : INGESTION) {
            Container scheduled = deployment(service)
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0);
            assertThat(env(scheduled, "INGEST_MODE")).isEqualTo("scheduled");
            assertThat(scheduled.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");

            CronJob cronJob = all(CronJob.class).stream()
                    .filter(job -> job.getMetadata().getName().equals(service))
                    .findFirst()
                    .orElseThrow();
            assertThat(cronJob.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
            Container once = cronJob.getSpec()
                    .getJobTemplate()
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0);
            assertThat(once.getArgs()).contains("--topcoins.ingest.mode=once");
        }
    }

    @Test
    void onlyTheFrontApiIsExposedOutsideTheCluster() {
        for (Service service : all(Service.class)) {
            assertThat(service.getSpec().getType())
                    .as(service.getMetadata().getName())
                    .isIn("ClusterIP", "ExternalName");
        }
        Ingress ingress = only(Ingress.class);
        assertThat(ingress.getSpec().getRules())
                .allSatisfy(rule -> assertThat(rule.getHttp().getPaths())
                        .allSatisfy(path -> assertThat(
                                        path.getBackend().getService().getName())
                                .isEqualTo("front-api")));
        for (Container container :
                podSpecs().stream().flatMap(pod -> pod.getContainers().stream()).toList()) {
            assertThat(container.getPorts() == null ? List.of() : container.getPorts())
                    .allSatisfy(port -> assertThat(port.getHostPort()).isNull());
        }
    }

    @Test
    void networkPoliciesDenyByDefaultAndLetOnlyOurPodsReachTheDataStores() {
        List<NetworkPolicy> policies = all(NetworkPolicy.class);
        assertThat(policies).anySatisfy(policy -> {
            assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress");
            assertThat(policy.getSpec().getIngress()).isNullOrEmpty();
        });
        for (String store : List.of("mongodb-from-topcoins", "redis-from-topcoins")) {
            NetworkPolicy policy = policies.stream()
                    .filter(p -> p.getMetadata().getName().equals(store))
                    .findFirst()
                    .orElseThrow();
            List<NetworkPolicyPeer> peers = policy.getSpec().getIngress().stream()
                    .flatMap(rule -> rule.getFrom().stream())
                    .toList();
            assertThat(peers).allSatisfy(peer -> {
                assertThat(peer.getNamespaceSelector()).isNull();
                assertThat(peer.getIpBlock()).isNull();
                assertThat(peer.getPodSelector().getMatchLabels()).isNotEmpty();
            });
            assertThat(peers)
                    .anySatisfy(peer -> assertThat(peer.getPodSelector().getMatchLabels())
                            .containsEntry("app.kubernetes.io/part-of", "topcoins"));
        }
    }

    @Test
    void theFrontApisMetricsAreOnAManagementPortThatOnlyPrometheusReaches() {
        Deployment frontApi = deployment("front-api");
        Container container =
                frontApi.getSpec().getTemplate().getSpec().getContainers().get(0);
        int management = container.getPorts().stream()
                .filter(port -> port.getName().equals("management"))
                .findFirst()
                .orElseThrow()
                .getContainerPort();
        int api = container.getPorts().stream()
                .filter(port -> port.getName().equals("http"))
                .findFirst()
                .orElseThrow()
                .getContainerPort();
        assertThat(env(container, "FRONT_API_MANAGEMENT_PORT")).isEqualTo(String.valueOf(management));
        assertThat(frontApi.getSpec().getTemplate().getMetadata().getAnnotations())
                .containsEntry("prometheus.io/port", String.valueOf(management))
                .containsEntry("prometheus.io/path", "/actuator/prometheus");
        Service service = all(Service.class).stream()
                .filter(s -> s.getMetadata().getName().equals("front-api"))
                .findFirst()
                .orElseThrow();
        assertThat(service.getSpec().getPorts())
                .allSatisfy(port -> assertThat(port.getTargetPort().getStrVal()).isEqualTo("http"));

        NetworkPolicy policy = all(NetworkPolicy.class).stream()
                .filter(p -> p.getSpec().getPodSelector().getMatchLabels() != null
                        && "front-api"
                                .equals(p.getSpec()
                                        .getPodSelector()
                                        .getMatchLabels()
                                        .get("app.kubernetes.io/name")))
                .findFirst()
                .orElseThrow();
        assertThat(policy.getSpec().getIngress()).allSatisfy(rule -> {
            String namespace = rule.getFrom()
                    .get(0)
                    .getNamespaceSelector()
                    .getMatchLabels()
                    .get("kubernetes.io/metadata.name");
            assertThat(rule.getFrom()).hasSize(1);
            assertThat(rule.getPorts())
                    .singleElement()
                    .satisfies(port -> assertThat(port.getPort().getIntVal())
                            .isEqualTo(namespace.equals("monitoring") ? management : api));
        });
    }

    @Test
    void noContainerOverridesTheImagesJvmFlags() {
        // The image's JAVA_TOOL_OPTIONS size the heap for the memory limit and exit on OutOfMemoryError.
        for (Container container :
                podSpecs().stream().flatMap(pod -> pod.getContainers().stream()).toList()) {
            assertThat(container.getEnv() == null ? List.<EnvVar>of() : container.getEnv())
                    .noneMatch(variable -> variable.getName().equals("JAVA_TOOL_OPTIONS"));
        }
    }

    /** An applied Secret with empty values would blank the real one on every {@code kubectl apply -k}. */
    @Test
    void noKustomizationAppliesASecret() throws IOException {
        KubernetesSerialization kubernetes = new KubernetesSerialization();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path kustomization : files.filter(
                            f -> f.getFileName().toString().equals("kustomization.yaml"))
                    .toList()) {
                Map<String, Object> document = new Yaml().load(Files.readString(kustomization));
                @SuppressWarnings("unchecked")
                List<String> resources = (List<String>) document.get("resources");
                for (Path resource : resources.stream()
                        .map(kustomization.getParent()::resolve)
                        .filter(Files::isRegularFile)
                        .toList()) {
                    try (InputStream in = Files.newInputStream(resource)) {
                        HasMetadata parsed = kubernetes.unmarshal(in);
                        assertThat(parsed).as("%s: %s", kustomization, resource).isNotInstanceOf(Secret.class);
                    }
                }
            }
        }
        assertThat(all(Secret.class))
                .as("the example, outside every kustomization")
                .hasSize(1);
    }

    @Test
    void secretsAreReferencedNeverWrittenDown() {
        for (Secret secret : all(Secret.class)) {
            Map<String, String> values = secret.getStringData() == null ? Map.of() : secret.getStringData();
            assertThat(values.values()).as(secret.getMetadata().getName()).allMatch(String::isEmpty);
            assertThat(secret.getData()).isNullOrEmpty();
        }
        for (Container container :
                podSpecs().stream().flatMap(pod -> pod.getContainers().stream()).toList()) {
            for (EnvVar variable : container.getEnv()) {
                if (variable.getName().matches(".*(KEY|PASSWORD|SECRET|MONGODB_URI).*")) {
                    assertThat(variable.getValue()).as(variable.getName()).isNull();
                    assertThat(variable.getValueFrom().getSecretKeyRef())
                            .as(variable.getName())
                            .isNotNull();
                }
            }
        }
        all(io.fabric8.kubernetes.api.model.ConfigMap.class)
                .forEach(config -> assertThat(config.getData().keySet())
                        .noneMatch(key -> key.matches(".*(KEY|PASSWORD|SECRET|URI).*")));
    }

    @Test
    void mongoDbComesFromAnOperatorNotAHomeMadeStatefulSet() {
        assertThat(RESOURCES).noneMatch(resource -> resource.getKind().equals("StatefulSet"));
        GenericKubernetesResource mongo = all(GenericKubernetesResource.class).stream()
                .filter(resource -> resource.getKind().equals("MongoDBCommunity"))
                .findFirst()
                .orElseThrow();
        assertThat(mongo.getApiVersion()).startsWith("mongodbcommunity.mongodb.com/");
        assertThat(mongo.<Integer>get("spec", "members")).isGreaterThanOrEqualTo(3);
    }

    private static Deployment deployment(String name) {
        return all(Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<PodSpec> podSpecs() {
        List<PodSpec> pods = new ArrayList<>();
        all(Deployment.class).forEach(d -> pods.add(d.getSpec().getTemplate().getSpec()));
        all(CronJob.class)
                .forEach(c -> pods.add(
                        c.getSpec().getJobTemplate().getSpec().getTemplate().getSpec()));
        return pods;
    }

    private static String env(Container container, String name) {
        return container.getEnv().stream()
                .filter(e -> e.getName().equals(name))
                .map(EnvVar::getValue)
                .findFirst()
                .orElse(null);
    }

    private static <T extends HasMetadata> List<T> all(Class<T> type) {
        return RESOURCES.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends HasMetadata> T only(Class<T> type) {
        List<T> found = all(type);
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }
}

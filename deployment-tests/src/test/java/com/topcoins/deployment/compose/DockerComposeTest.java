package com.topcoins.deployment.compose;

import static com.topcoins.deployment.compose.ComposeFile.dependsOn;
import static com.topcoins.deployment.compose.ComposeFile.environment;
import static com.topcoins.deployment.compose.ComposeFile.strings;
import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.deployment.RepoRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Static checks of docker-compose.yml and .env.example: there is no Docker engine on the build machines,
 * so the rules the deployment depends on are asserted on the parsed file instead.
 */
class DockerComposeTest {

    /** The network every service must be on; it must be internal (no route outside the host). */
    private static final String INTERNAL_NETWORK = "backend";

    private static final String PUBLIC_SERVICE = "front-api";
    private static final Set<String> INGESTION_SERVICES = Set.of("ingest-cryptocompare", "ingest-coinmarketcap");

    /** One variable reference, e.g. ${REDIS_PASSWORD} or ${X:?message}. */
    private static final Pattern VARIABLE_REFERENCE = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*(?:(?::?[-?])[^}]*)?}");
    /** Every variable Compose interpolates ($$ is an escaped dollar, not a reference). */
    private static final Pattern VARIABLE_USE = Pattern.compile("(?<!\\$)\\$\\{([A-Z][A-Z0-9_]*)");

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|secret|api_?key|token|auth).*");
    /** user:password@ in a connection string (after every variable reference is replaced by VAR). */
    private static final Pattern URI_CREDENTIALS = Pattern.compile("://([^:/@]+):([^@]+)@");

    private static final String VAR = "VAR";

    private static ComposeFile compose;

    @BeforeAll
    static void load() {
        compose = ComposeFile.load(RepoRoot.file("docker-compose.yml"));
    }

    @Test
    void onlyTheFrontApiPublishesAPortAndItIsConfigurable() {
        List<String> publishing = compose.services().entrySet().stream()
                .filter(service -> service.getValue().containsKey("ports"))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(publishing).containsExactly(PUBLIC_SERVICE);
        assertThat(strings(compose.service(PUBLIC_SERVICE).get("ports")))
                .containsExactly("${FRONT_API_PORT:-5001}:5001");
        // The container port stays 5001 whatever host port .env chooses.
        assertThat(environment(compose.service(PUBLIC_SERVICE))).containsEntry("FRONT_API_PORT", "5001");
    }

    @Test
    void theFrontApiIsHealthcheckedOnItsManagementPortWhichIsNotPublished() {
        String managementPort =
                String.valueOf(environment(compose.service(PUBLIC_SERVICE)).get("FRONT_API_MANAGEMENT_PORT"));
        Map<String, Object> args = ComposeFile.map(
                ComposeFile.map(compose.service(PUBLIC_SERVICE).get("build")).get("args"));
        assertThat(args.get("HEALTH_PORT")).isEqualTo(managementPort);
        assertThat(managementPort).isNotEqualTo(args.get("PORT"));
        assertThat(strings(compose.service(PUBLIC_SERVICE).get("ports")))
                .noneMatch(port -> port.contains(managementPort));
    }

    @Test
    void everyServiceHasAHealthcheckOrWaitsForHealthyDependencies() {
        compose.services().forEach((name, service) -> {
            Map<String, Map<String, Object>> dependencies = dependsOn(service);
            dependencies.forEach((dependency, options) -> {
                assertThat(options.get("condition"))
                        .as("%s depends on %s", name, dependency)
                        .isEqualTo("service_healthy");
                assertThat(compose.service(dependency))
                        .as("%s has a healthcheck", dependency)
                        .containsKey("healthcheck");
            });
            assertThat(service.containsKey("healthcheck") || !dependencies.isEmpty())
                    .as("%s has a healthcheck or depends on healthy services", name)
                    .isTrue();
        });
        assertThat(healthcheckTest("mongo")).contains("mongosh").anyMatch(part -> part.contains("ping"));
        assertThat(healthcheckTest("redis")).anyMatch(part -> part.contains("redis-cli ping"));
    }

    @Test
    void appsWaitForHealthyMongoAndRedis() {
        for (String app : List.of("ingest-cryptocompare", "ingest-coinmarketcap", PUBLIC_SERVICE)) {
            assertThat(dependsOn(compose.service(app))).as(app).containsKeys("mongo", "redis");
        }
    }

    @Test
    void noSecretIsWrittenInTheFile() {
        List<String> literals = new ArrayList<>();
        compose.services().forEach((name, service) -> {
            environment(service).forEach((key, value) -> {
                if (SECRET_NAME.matcher(key).matches() && !value.isEmpty() && !isReference(value)) {
                    literals.add(name + ": " + key);
                }
                Matcher credentials = URI_CREDENTIALS.matcher(
                        VARIABLE_REFERENCE.matcher(value).replaceAll(VAR));
                while (credentials.find()) {
                    if (!credentials.group(1).equals(VAR)
                            || !credentials.group(2).equals(VAR)) {
                        literals.add(name + ": credentials in " + key);
                    }
                }
            });
            List<String> command = strings(service.get("command"));
            for (int i = 0; i < command.size() - 1; i++) {
                if (command.get(i).equals("--requirepass") && !isReference(command.get(i + 1))) {
                    literals.add(name + ": --requirepass");
                }
            }
        });
        assertThat(literals).as("secret values must be ${VAR} references").isEmpty();
    }

    @Test
    void mongoHasAuthAndANamedVolumeAndServicesConnectWithAuthSourceAdmin() {
        Map<String, Object> mongo = compose.service("mongo");
        assertThat(mongo.get("image")).isEqualTo("mongo:7");
        assertThat(environment(mongo)).containsKeys("MONGO_INITDB_ROOT_USERNAME", "MONGO_INITDB_ROOT_PASSWORD");
        String volume = strings(mongo.get("volumes")).get(0).split(":")[0];
        assertThat(ComposeFile.<Object>map(compose.root().get("volumes"))).containsKey(volume);

        assertThat(compose.service("redis").get("image")).isEqualTo("redis:7");
        assertThat(strings(compose.service("redis").get("command"))).contains("--requirepass");

        for (String app : List.of("ingest-cryptocompare", "ingest-coinmarketcap", PUBLIC_SERVICE)) {
            String uri = environment(compose.service(app)).get("MONGODB_URI");
            assertThat(uri)
                    .as(app)
                    .startsWith("mongodb://${MONGO_ROOT_USERNAME")
                    .contains("@mongo:27017/")
                    .endsWith("authSource=admin");
            assertThat(environment(compose.service(app))).as(app).containsKeys("REDIS_HOST", "REDIS_PASSWORD");
        }
    }

    @Test
    void ingestionServicesRunScheduled() {
        for (String app : INGESTION_SERVICES) {
            assertThat(environment(compose.service(app))).as(app).containsEntry("INGEST_MODE", "scheduled");
        }
    }

    @Test
    void everyServiceIsOnTheInternalNetwork() {
        assertThat(compose.networks().get(INTERNAL_NETWORK))
                .as(INTERNAL_NETWORK)
                .containsEntry("internal", true);
        compose.services()
                .forEach((name, service) ->
                        assertThat(ComposeFile.networks(service)).as(name).contains(INTERNAL_NETWORK));
        // The data stores have no other network: nothing outside the host can reach them.
        for (String store : List.of("mongo", "redis")) {
            assertThat(ComposeFile.networks(compose.service(store))).as(store).containsExactly(INTERNAL_NETWORK);
        }
    }

    @Test
    void simulatorAndToolsAreBehindProfilesAndTheCoreIsNot() {
        assertThat(strings(compose.service("upstream-simulator").get("profiles")))
                .containsExactly("simulator");
        assertThat(strings(compose.service("mongo-express").get("profiles"))).containsExactly("tools");
        for (String core : List.of("mongo", "redis", "ingest-cryptocompare", "ingest-coinmarketcap", PUBLIC_SERVICE)) {
            assertThat(compose.service(core)).as(core).doesNotContainKey("profiles");
        }
        // A dependency on a profiled service must be optional, or Compose refuses to start without the profile.
        for (String app : INGESTION_SERVICES) {
            assertThat(dependsOn(compose.service(app)).get("upstream-simulator"))
                    .as(app)
                    .containsEntry("required", false);
        }
    }

    @Test
    void javaServicesAreBuiltFromTheOneDockerfileWithAnExistingModule() {
        for (String name :
                List.of("upstream-simulator", "ingest-cryptocompare", "ingest-coinmarketcap", PUBLIC_SERVICE)) {
            Map<String, Object> build = ComposeFile.map(compose.service(name).get("build"));
            assertThat(build.get("context")).as(name).isEqualTo(".");
            assertThat(build).as(name).doesNotContainKey("dockerfile");
            Map<String, Object> args = ComposeFile.map(build.get("args"));
            assertThat(args.get("MODULE")).as(name).isEqualTo(name);
            assertThat(Files.isDirectory(RepoRoot.file(name)))
                    .as("module %s", name)
                    .isTrue();
            assertThat(args).as(name).containsKey("PORT");
        }
    }

    @Test
    void envExampleListsEveryVariableTheComposeFileUsesWithAComment() throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher use = VARIABLE_USE.matcher(compose.text());
        while (use.find()) {
            used.add(use.group(1));
        }
        List<String> lines = Files.readAllLines(RepoRoot.file(".env.example"));
        Set<String> listed = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String name = line.substring(0, line.indexOf('='));
            listed.add(name);
            assertThat(i > 0 && lines.get(i - 1).startsWith("# "))
                    .as("%s has a comment line above it", name)
                    .isTrue();
            assertThat(line).as("no real secret in .env.example").doesNotContainPattern("(?i)(password|key)=.{0,3}$");
        }
        assertThat(listed).containsAll(used).contains("COMPOSE_PROFILES");
    }

    private static List<String> healthcheckTest(String service) {
        return strings(
                ComposeFile.map(compose.service(service).get("healthcheck")).get("test"));
    }

    private static boolean isReference(String value) {
        return VARIABLE_REFERENCE.matcher(value).matches();
    }
}

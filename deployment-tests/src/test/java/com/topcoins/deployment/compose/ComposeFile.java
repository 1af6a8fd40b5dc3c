package com.topcoins.deployment.compose;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml as plain maps, after YAML anchors and merge keys are resolved (SnakeYAML does that;
 * Jackson's YAML module does not), but before Compose interpolates variables: values keep their ${VAR}.
 */
record ComposeFile(Map<String, Object> root, String text) {

    static ComposeFile load(Path path) {
        try (Reader reader = Files.newBufferedReader(path)) {
            Map<String, Object> root = new Yaml().load(reader);
            return new ComposeFile(root, Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Map<String, Object>> services() {
        return map(root.get("services"));
    }

    Map<String, Object> service(String name) {
        Map<String, Object> service = services().get(name);
        if (service == null) {
            throw new AssertionError("no service " + name);
        }
        return service;
    }

    Map<String, Map<String, Object>> networks() {
        return map(root.get("networks"));
    }

    /** {@code environment} in either of Compose's forms (map, or list of KEY=VALUE) as a map. */
    static Map<String, String> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> result.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
        } else if (environment instanceof List<?> list) {
            for (Object entry : list) {
                String[] parts = String.valueOf(entry).split("=", 2);
                result.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return result;
    }

    /** {@code depends_on} in either form (list of names, or map of name to options) as a map. */
    static Map<String, Map<String, Object>> dependsOn(Map<String, Object> service) {
        Object dependsOn = service.get("depends_on");
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        if (dependsOn instanceof Map<?, ?> map) {
            map.forEach((name, options) -> result.put(String.valueOf(name), map(options == null ? Map.of() : options)));
        } else if (dependsOn instanceof List<?> list) {
            list.forEach(name -> result.put(String.valueOf(name), Map.of()));
        }
        return result;
    }

    /** {@code networks} of a service in either form (list, or map of name to options). */
    static Set<String> networks(Map<String, Object> service) {
        Object networks = service.get("networks");
        if (networks instanceof Map<?, ?> map) {
            return Set.copyOf(map.keySet().stream().map(String::valueOf).toList());
        }
        if (networks instanceof List<?> list) {
            return Set.copyOf(list.stream().map(String::valueOf).toList());
        }
        return Set.of();
    }

    static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    static <V> Map<String, V> map(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError("expected a mapping, got " + value);
        }
        return (Map<String, V>) value;
    }
}

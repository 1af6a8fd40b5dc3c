package com.topcoins.chaos;

import com.topcoins.chaos.attack.AttackKind;
import com.topcoins.chaos.fault.FaultKind;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What run.sh passes in: where the front API, its management port and Redis listen, the front API's PID and log,
 * the script that faults the data stores, and where results go. Only loopback targets are accepted: the suite is
 * meant for this machine's local mode.
 *
 * @param only the phases to run, by slug (attacks and faults); empty for all
 */
record Options(
        InetAddress target,
        int port,
        long pid,
        Path log,
        int redisPort,
        Path out,
        InetAddress normalSource,
        InetAddress attackerSource,
        boolean quick,
        String command,
        Set<String> only,
        int managementPort,
        Path stores,
        int depth) {

    static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Options options = new Options(
                address(values.getOrDefault("target", "127.0.0.1")),
                Integer.parseInt(required(values, "port")),
                Long.parseLong(required(values, "pid")),
                Path.of(required(values, "log")),
                Integer.parseInt(required(values, "redis-port")),
                Path.of(required(values, "out")),
                address(values.getOrDefault("normal-source", "127.0.0.1")),
                address(values.getOrDefault("attacker", "127.0.0.2")),
                Boolean.parseBoolean(values.getOrDefault("quick", "false")),
                values.getOrDefault("command", "./chaos/run.sh"),
                only(values.getOrDefault("only", "")),
                Integer.parseInt(values.getOrDefault("management-port", "9201")),
                Path.of(values.getOrDefault("stores", "chaos/stores.sh")),
                Integer.parseInt(values.getOrDefault("depth", "500")));
        for (InetAddress address : new InetAddress[] {options.target, options.normalSource, options.attackerSource}) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException(
                        address + " is not a loopback address: the suite only targets this machine");
            }
        }
        return options;
    }

    static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return value;
    }

    /** "greedy,mongo-hang": the phases to run, by slug; empty for all. */
    static Set<String> only(String list) {
        List<String> known = Stream.concat(
                        Arrays.stream(AttackKind.values()).map(AttackKind::slug),
                        Arrays.stream(FaultKind.values()).map(FaultKind::slug))
                .toList();
        Set<String> slugs = new LinkedHashSet<>();
        for (String slug : list.split(",")) {
            if (slug.isBlank()) {
                continue;
            }
            if (!known.contains(slug.strip())) {
                throw new IllegalArgumentException("unknown phase " + slug + "; known: " + known);
            }
            slugs.add(slug.strip());
        }
        return slugs;
    }

    boolean selected(String slug) {
        return only.isEmpty() || only.contains(slug);
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + literal, e);
        }
    }
}

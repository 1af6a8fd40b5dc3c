package com.topcoins.frontapi;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the queries the service sends to the data collections, to prove a cache hit sends none.
 * Reads of {@code snapshots} (the refresh of the current pair, not request work) are counted apart.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MongoCommandCounter implements CommandListener {

    private static final Set<String> QUERIES = Set.of("find", "aggregate", "getMore", "count");
    private static final Set<String> DATA_COLLECTIONS = Set.of("rankings", "prices");

    private final AtomicLong commands = new AtomicLong();
    private final AtomicLong snapshotQueries = new AtomicLong();

    @Bean
    MongoClientSettingsBuilderCustomizer countCommands() {
        return settings -> settings.addCommandListener(this);
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String command = event.getCommandName();
        if (!QUERIES.contains(command) || !event.getCommand().isString(command)) {
            return;
        }
        String collection = event.getCommand().getString(command).getValue();
        if (DATA_COLLECTIONS.contains(collection)) {
            commands.incrementAndGet();
        } else if (collection.equals("snapshots")) {
            snapshotQueries.incrementAndGet();
        }
    }

    public long count() {
        return commands.get();
    }

    public long snapshotQueries() {
        return snapshotQueries.get();
    }
}

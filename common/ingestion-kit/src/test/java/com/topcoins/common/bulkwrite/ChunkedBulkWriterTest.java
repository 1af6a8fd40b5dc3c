package com.topcoins.common.bulkwrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.topcoins.common.market.RankingEntry;
import com.topcoins.testsupport.EmbeddedMongo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer against a MongoDB wire-protocol server: every document exactly once, or a failed write. */
class ChunkedBulkWriterTest {

    private static final int CHUNK = 1000;

    private static MongoClient client;
    private static ChunkedBulkWriter writer;
    private MongoCollection<Document> collection;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(EmbeddedMongo.uri());
        writer = new ChunkedBulkWriter(new BulkWriterProperties(2, CHUNK));
    }

    @AfterAll
    static void close() {
        writer.close();
        client.close();
    }

    @BeforeEach
    void emptyCollection() {
        collection = client.getDatabase(EmbeddedMongo.DATABASE).getCollection("writer_test");
        collection.drop();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 100_000})
    void writesEveryDocumentExactlyOnce(int size) {
        List<Document> documents =
                IntStream.range(0, size).mapToObj(n -> new Document("n", n)).toList();

        WriteStats stats = writer.write(collection, documents);

        assertThat(stats.documents()).isEqualTo(size);
        assertThat(stats.chunks()).isEqualTo((size + CHUNK - 1) / CHUNK);
        assertThat(collection.countDocuments()).isEqualTo(size);
        List<Integer> written = collection
                .find()
                .projection(Projections.include("n"))
                .map(doc -> doc.getInteger("n"))
                .into(new ArrayList<>());
        assertThat(new HashSet<>(written)).hasSize(size);
        assertThat(written).allMatch(n -> n >= 0 && n < size);
    }

    @Test
    void aFailingChunkFailsTheWrite() {
        // A document already holding an _id of the third chunk makes that chunk's insertMany fail.
        collection.insertOne(new Document("_id", 2 * CHUNK + 5));
        List<Document> documents = IntStream.range(0, 5 * CHUNK)
                .mapToObj(n -> new Document("_id", n))
                .toList();

        assertThatThrownBy(() -> writer.write(collection, documents))
                .isInstanceOf(BulkWriteFailedException.class)
                .hasMessageContaining("1 of 5 chunk(s) failed")
                .hasCauseInstanceOf(MongoBulkWriteException.class);
        // Unordered: the rest of the failing chunk and the other chunks still went in.
        assertThat(collection.countDocuments()).isEqualTo(5 * CHUNK);
    }

    @Test
    void recordsRoundTripWithExactDecimals() {
        MongoCollection<RankingEntry> rankings =
                client.getDatabase(EmbeddedMongo.DATABASE).getCollection("writer_test", RankingEntry.class);
        Instant updated = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<RankingEntry> entries = List.of(
                new RankingEntry(
                        "s1",
                        1,
                        "1182",
                        "BTC",
                        "Bitcoin",
                        new BigDecimal("81240.1700000001"),
                        new BigDecimal("1611496220000.6"),
                        new BigDecimal("24501377012.9"),
                        updated),
                new RankingEntry(
                        "s1", 2, "7605", "SHIB", "Shiba Inu", new BigDecimal("0.000269788"), null, null, null));

        writer.write(rankings, entries);

        List<RankingEntry> read =
                rankings.find().projection(Projections.excludeId()).into(new ArrayList<>());
        assertThat(read).containsExactlyInAnyOrderElementsOf(entries);
    }
}

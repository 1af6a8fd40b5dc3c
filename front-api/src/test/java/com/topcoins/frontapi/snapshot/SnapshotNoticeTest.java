package com.topcoins.frontapi.snapshot;

import static org.awaitility.Awaitility.await;

import com.topcoins.common.snapshot.NotificationProperties;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.MongoCommandCounter;
import com.topcoins.frontapi.SnapshotFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

/** What the front API does with each "snapshot published" notice it receives over Redis. */
@FrontApiTest
@ExtendWith(OutputCaptureExtension.class)
class SnapshotNoticeTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SnapshotFixtures fixtures;

    @Autowired
    private MongoCommandCounter mongoCommands;

    @Autowired
    private StringRedisTemplate redis;

    @Autowired
    private NotificationProperties notification;

    @Test
    void aNewSnapshotIsReadAtOnceARepeatedNoticeCostsNoQueryAndAMalformedOneIsIgnored(CapturedOutput output) {
        ApiClient api = new ApiClient(port);
        Snapshot ranking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        Snapshot prices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        api.awaitServing("/?limit=1", ranking, prices);

        // The pair already holds it: no refresh, so no MongoDB command while the notice is handled.
        long before = mongoCommands.snapshotQueries();
        fixtures.notifyAgain(prices);
        await().during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(2))
                .until(() -> mongoCommands.snapshotQueries() == before);

        redis.convertAndSend(notification.channel(), "{not json");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> output.toString()
                        .contains("Ignored a message on " + notification.channel() + " that is not a snapshot notice"));

        // With both held and the poll an hour away, only the notice can make the next one current.
        Snapshot next = fixtures.publishRanking(SnapshotFixtures.RANKING);
        api.awaitServing("/?limit=1", next, prices);
    }
}

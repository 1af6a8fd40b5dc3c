package com.topcoins.chaos.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpReaderTest {

    private static InputStream stream(String text) {
        return new BufferedInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void readsContentLengthAndLeavesTheNextAnswerOnTheStream() throws IOException {
        InputStream in = stream("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello"
                + "HTTP/1.1 404 \r\nContent-Length: 0\r\n\r\n");
        HttpResponse first = HttpReader.read(in, 100);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.bodyText()).isEqualTo("hello");
        assertThat(first.keepAlive()).isTrue();
        assertThat(first.headers()).containsEntry("content-type", "text/plain");
        assertThat(HttpReader.read(in, 100).status()).isEqualTo(404);
    }

    @Test
    void readsChunkedBodiesWithExtensionsAndTrailers() throws IOException {
        InputStream in = stream("HTTP/1.1 200\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4;ext=1\r\nWiki\r\n5\r\npedia\r\n0\r\nX-Trailer: yes\r\n\r\n");
        HttpResponse response = HttpReader.read(in, 100);
        assertThat(response.bodyText()).isEqualTo("Wikipedia");
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void keepsOnlyAsMuchBodyAsAskedButReadsAllOfIt() throws IOException {
        InputStream in = stream("HTTP/1.1 200\r\nContent-Length: 10\r\n\r\n0123456789");
        assertThat(HttpReader.read(in, 3).bodyText()).isEqualTo("012");
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void withoutFramingTheBodyRunsToTheCloseAndEndsKeepAlive() throws IOException {
        HttpResponse response = HttpReader.read(stream("HTTP/1.1 200\r\nConnection: close\r\n\r\nto the end"), 100);
        assertThat(response.bodyText()).isEqualTo("to the end");
        assertThat(response.keepAlive()).isFalse();
        assertThat(HttpReader.read(stream("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n"), 0)
                        .keepAlive())
                .isFalse();
    }

    @Test
    void interimAnswersAreSkippedAndBodilessStatusesHaveNoBody() throws IOException {
        InputStream in = stream("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 304 Not Modified\r\nETag: x\r\n\r\n");
        HttpResponse response = HttpReader.read(in, 100);
        assertThat(response.status()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void anAnswerWithoutStatusLineIsReportedAsSuch() throws IOException {
        HttpResponse response = HttpReader.read(stream("{\"count\":100}\n{\"more\":1}"), 1000);
        assertThat(response.status()).isEqualTo(HttpResponse.NO_STATUS_LINE);
        assertThat(response.bodyText()).startsWith("{\"count\":100}").contains("more");
    }

    @Test
    void anEmptyStreamIsNoAnswerAndATruncatedOneIsAnEof() {
        assertThatThrownBy(() -> HttpReader.read(stream(""), 0)).isInstanceOf(NoAnswerException.class);
        assertThatThrownBy(() -> HttpReader.read(stream("HTTP/1.1 200\r\nContent-Length: 10\r\n\r\nshort"), 0))
                .isInstanceOf(EOFException.class)
                .isNotInstanceOf(NoAnswerException.class);
        assertThatThrownBy(() -> HttpReader.read(stream("HTTP/1.1 200\r\nContent-Le"), 0))
                .isInstanceOf(EOFException.class)
                .isNotInstanceOf(NoAnswerException.class);
        assertThatThrownBy(() -> HttpReader.read(stream("HTTP/1.1 2x0 Odd\r\n\r\n"), 0))
                .isInstanceOf(IOException.class);
    }
}

package com.topcoins.frontapi.top;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * Answers gzip-compressed once per cache entry, beside the plain ones: a compressed answer is a cache entry of
 * its own ({@link Gzipped}: the answer's key and {@code :gzip}), made from the plain entry, so a hit costs
 * neither a MongoDB call nor a compression.
 */
@Component
class CompressedAnswers {

    private final TopService answers;

    CompressedAnswers(TopService answers) {
        this.answers = answers;
    }

    @Cacheable(TopService.CACHE)
    public byte[] gzip(Gzipped key) {
        byte[] plain = answers.data(key.answer());
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException("in memory", e);
        }
        return compressed.toByteArray();
    }

    /** The key of an answer's gzip-compressed entry, and what its ETag hashes: never the plain answer's. */
    record Gzipped(AnswerKey answer) {

        @Override
        public String toString() {
            return answer + ":gzip";
        }
    }
}

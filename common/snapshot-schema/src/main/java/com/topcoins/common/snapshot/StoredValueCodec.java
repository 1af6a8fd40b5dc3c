package com.topcoins.common.snapshot;

import java.util.function.Function;
import org.bson.BsonReader;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * Stores an enum by its documented value ({@code "cryptocompare"}, {@code "complete"}) rather than the
 * driver's default, the constant's name: the stored values are the contract of DESIGN.md.
 */
record StoredValueCodec<E extends Enum<E>>(Class<E> type, Function<E, String> value, Function<String, E> parse)
        implements Codec<E> {

    @Override
    public void encode(BsonWriter writer, E constant, EncoderContext context) {
        writer.writeString(value.apply(constant));
    }

    @Override
    public E decode(BsonReader reader, DecoderContext context) {
        return parse.apply(reader.readString());
    }

    @Override
    public Class<E> getEncoderClass() {
        return type;
    }
}

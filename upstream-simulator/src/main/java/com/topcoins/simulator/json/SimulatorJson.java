package com.topcoins.simulator.json;

import org.springframework.stereotype.Component;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mapper used for the upstream payloads. It is our own (not Boot's) because the wire format matters
 * here: BigDecimals must come out in plain notation ({@code 0.000269788}, never {@code 2.69788E-4}).
 */
@Component
public class SimulatorJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    public ObjectNode object() {
        return mapper.createObjectNode();
    }

    public ArrayNode array() {
        return mapper.createArrayNode();
    }

    public byte[] bytes(JsonNode node) {
        return mapper.writeValueAsBytes(node);
    }
}

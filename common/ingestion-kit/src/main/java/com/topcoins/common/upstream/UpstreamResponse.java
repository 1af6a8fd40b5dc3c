package com.topcoins.common.upstream;

import tools.jackson.databind.JsonNode;

/** An upstream answer whose body parsed as JSON, whatever its status. */
public record UpstreamResponse(int status, JsonNode body) {

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }
}

package com.topcoins.simulator.upstream;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/** Writes an {@link UpstreamReply} byte for byte, bypassing Spring's message converters. */
@Component
public class ReplyWriter {

    public void write(UpstreamReply reply, HttpServletResponse response) throws IOException {
        response.setStatus(reply.status());
        response.setContentType(reply.contentType());
        // Real providers never send these; set so that nothing in between caches simulated data.
        response.setHeader("Cache-Control", "no-cache, no-store");
        if (reply instanceof UpstreamReply.Body body) {
            response.setContentLength(body.bytes().length);
            response.getOutputStream().write(body.bytes());
        } else if (reply instanceof UpstreamReply.Streamed streamed) {
            OutputStream out = response.getOutputStream();
            streamed.streamer().writeTo(out);
            out.flush();
        }
    }
}

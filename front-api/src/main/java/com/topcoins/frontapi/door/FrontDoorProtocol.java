package com.topcoins.frontapi.door;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.Request;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketEvent;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's HTTP/1.1 NIO protocol with the front door's connection rules: at most so many connections
 * per client ({@link FrontDoorEndpoint}), and a deadline for a request's line and headers. Tomcat's own
 * timeouts count from the last byte read, so a client sending one header byte a second (slowloris)
 * holds its connection forever; this closes it once its request has taken longer than the deadline to
 * arrive, as nginx's {@code client_header_timeout} does. Tomcat creates protocols by class name, so the
 * settings come through {@link DoorConfiguration}.
 */
public final class FrontDoorProtocol extends Http11NioProtocol {

    private static final long SWEEP_INTERVAL_MILLIS = 100;

    private volatile Duration requestHeaderTimeout = Duration.ZERO;
    private volatile Duration requestHeaderTimeoutWhenBusy = Duration.ZERO;
    private volatile int busyPercent = 100;
    private volatile Runnable onTimedOut = () -> {};
    private ScheduledFuture<?> sweep;

    public FrontDoorProtocol() {
        super(new FrontDoorEndpoint());
    }

    FrontDoorEndpoint frontDoorEndpoint() {
        return (FrontDoorEndpoint) getEndpoint();
    }

    /** Zero: no deadline. Busy: open connections at or above {@code busyPercent} % of the maximum. */
    void setRequestHeaderTimeout(Duration timeout, Duration whenBusy, int busyPercent, Runnable onTimedOut) {
        this.requestHeaderTimeout = timeout;
        this.requestHeaderTimeoutWhenBusy = whenBusy;
        this.busyPercent = busyPercent;
        this.onTimedOut = onTimedOut;
    }

    @Override
    public void start() throws Exception {
        super.start();
        sweep = getUtilityExecutor()
                .scheduleWithFixedDelay(
                        this::closeLateRequestHeads,
                        SWEEP_INTERVAL_MILLIS,
                        SWEEP_INTERVAL_MILLIS,
                        TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() throws Exception {
        if (sweep != null) {
            sweep.cancel(false);
        }
        super.stop();
    }

    private boolean busy() {
        long max = getMaxConnections();
        return max > 0 && getEndpoint().getConnectionCount() * 100 >= max * busyPercent;
    }

    /**
     * A processor parked on its connection, neither async nor upgraded, is one waiting for the rest of a
     * request line or headers (while a worker serves a request, the worker holds it). If that request
     * started (its first byte arrived) longer ago than the deadline, the connection is failed the way
     * Tomcat fails a read timeout: an error, then the ERROR event on a worker, which closes it under the
     * connection's lock.
     */
    void closeLateRequestHeads() {
        long timeout = (busy() ? requestHeaderTimeoutWhenBusy : requestHeaderTimeout).toNanos();
        if (timeout <= 0) {
            return;
        }
        long now = System.nanoTime();
        for (SocketWrapperBase<NioChannel> connection : getEndpoint().getConnections()) {
            if (connection.getCurrentProcessor() instanceof AbstractProcessor processor
                    && !processor.isAsync()
                    && !processor.isUpgrade()
                    && !connection.isClosed()
                    && connection.getError() == null) {
                Request request = processor.getRequest();
                long started = request.getStartTimeNanos();
                if (started != -1 && now - started > timeout) {
                    connection.setError(new SocketTimeoutException(
                            "request line and headers not complete within " + requestHeaderTimeout));
                    getEndpoint().processSocket(connection, SocketEvent.ERROR, true);
                    onTimedOut.run();
                }
            }
        }
    }
}

package com.topcoins.frontapi.door;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The limits of {@link DoorProperties} on the public connector: connections counted per client at
 * accept ({@link FrontDoorEndpoint}), a deadline for request headers ({@link FrontDoorProtocol}),
 * requests in progress per client by a filter before every other ({@link ClientConcurrencyFilter}),
 * and fixed buffer sizes per connection. Each rejection counts in {@code topcoins.door.rejected{limit}}.
 * The management port (probes, metrics) is a separate connector and context, not limited here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DoorProperties.class)
class DoorConfiguration {

    static final String REJECTED_METER = "topcoins.door.rejected";

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> clientLimitedConnector(
            DoorProperties door, MeterRegistry meters) {
        Counter rejected = rejections(meters, "connections-per-client");
        Counter timedOut = rejections(meters, "request-header-timeout");
        return factory -> {
            factory.setProtocol(FrontDoorProtocol.class.getName());
            factory.addProtocolHandlerCustomizers((TomcatProtocolHandlerCustomizer<FrontDoorProtocol>) protocol -> {
                protocol.setRequestHeaderTimeout(
                        door.requestHeaderTimeout(),
                        door.requestHeaderTimeoutWhenBusy(),
                        door.busyPercent(),
                        timedOut::increment);
                FrontDoorEndpoint endpoint = protocol.frontDoorEndpoint();
                endpoint.setMaxConnectionsPerClient(door.connectionsPerClient());
                endpoint.setOnRejected(rejected::increment);
                endpoint.getSocketProperties()
                        .setTxBufSize(Math.toIntExact(door.socketSendBuffer().toBytes()));
                int buffer = Math.toIntExact(door.connectionBuffer().toBytes());
                endpoint.getSocketProperties().setAppReadBufSize(buffer);
                endpoint.getSocketProperties().setAppWriteBufSize(buffer);
            });
        };
    }

    @Bean
    FilterRegistrationBean<ClientConcurrencyFilter> clientConcurrencyFilter(DoorProperties door, MeterRegistry meters) {
        Counter rejected = rejections(meters, "concurrent-requests-per-client");
        FilterRegistrationBean<ClientConcurrencyFilter> registration = new FilterRegistrationBean<>(
                new ClientConcurrencyFilter(door.concurrentRequestsPerClient(), rejected::increment));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(door.concurrentRequestsPerClient() > 0);
        return registration;
    }

    private static Counter rejections(MeterRegistry meters, String limit) {
        return Counter.builder(REJECTED_METER)
                .tag("limit", limit)
                .description("Connections and requests the front door refused or closed, by limit")
                .register(meters);
    }
}

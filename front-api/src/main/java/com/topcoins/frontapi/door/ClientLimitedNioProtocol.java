package com.topcoins.frontapi.door;

import org.apache.coyote.http11.Http11NioProtocol;

/**
 * Tomcat's HTTP/1.1 NIO protocol on a {@link ClientLimitedNioEndpoint}. Tomcat creates protocols by
 * class name, so the endpoint is made here and configured through {@link DoorConfiguration}.
 */
public final class ClientLimitedNioProtocol extends Http11NioProtocol {

    public ClientLimitedNioProtocol() {
        super(new ClientLimitedNioEndpoint());
    }

    ClientLimitedNioEndpoint clientLimitedEndpoint() {
        return (ClientLimitedNioEndpoint) getEndpoint();
    }
}

package com.topcoins.localinfra;

/** A piece of infrastructure this process can run in place of a real installation. */
public interface LocalServer {

    void start();

    void stop();

    /** The bound port (the requested one, or the one the system chose for port 0). */
    int port();

    String description();
}

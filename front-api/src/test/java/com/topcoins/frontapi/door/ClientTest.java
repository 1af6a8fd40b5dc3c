package com.topcoins.frontapi.door;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who counts as one client for the per-client limits. */
class ClientTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, 127.0.0.1",
        "203.0.113.7, 203.0.113.7",
        "2001:db8:1:2:3:4:5:6, 2001:db8:1:2:0:0:0:0",
        "2001:db8:1:2::, 2001:db8:1:2:0:0:0:0",
        "0:0:0:0:0:0:0:1, 0:0:0:0:0:0:0:0",
        // Behind a proxy that rewrote the address, text is taken as is, never looked up.
        "not-an-address.example, not-an-address.example",
        "::zz, ::zz"
    })
    void keyOfAnAddress(String address, String key) {
        assertThat(Client.ofAddress(address).key()).isEqualTo(key);
    }
}

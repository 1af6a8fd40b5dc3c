package com.topcoins.frontapi.docs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's fixed parts. Its server is the relative URL {@code /}: springdoc would
 * otherwise build it from each request's {@code Host}, reflecting whatever a client sends into the
 * document (and into caches that keep it).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI topCoinsOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Top Coins API")
                        .description("Top crypto assets by 24 h volume (CryptoCompare) with USD prices (CoinMarketCap)")
                        .version("v1"))
                .addServersItem(new Server().url("/").description("this server"));
    }
}

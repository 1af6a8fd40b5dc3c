package com.topcoins.frontapi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The public API: top assets by 24 h volume with USD prices (issue 3 builds the endpoints). */
@SpringBootApplication
public class FrontApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(FrontApiApplication.class, args);
    }
}

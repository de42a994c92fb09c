package org.campaignmodel.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small web service that keeps campaign documents in a database: post, list, fetch and update
 * them over HTTP. The starter does the JSON, the limits, the validation messages and the problem
 * details; this service only stores.
 *
 * <p>By default it keeps its data in an H2 file database under {@code target/campaign-store}, so it
 * runs with nothing installed; point {@code spring.datasource.url} at PostgreSQL and the documents go
 * into a {@code jsonb} column instead. It listens on 127.0.0.1:8080.
 */
@SpringBootApplication
public class CampaignStore {
    /**
     * Starts the service.
     *
     * @param args Spring Boot arguments, such as {@code --server.port=9090}
     */
    public static void main(String[] args) {
        SpringApplication.run(CampaignStore.class, args);
    }
}

package org.campaignmodel.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.campaignmodel.Campaign;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service example on a real server and a real database: H2 in a file, always; PostgreSQL when
 * {@code CAMPAIGN_STORE_POSTGRES_URL} names one ({@code .ci/run} starts one on loopback).
 */
final class CampaignStoreTest {
    /** Where CI's PostgreSQL is: a JDBC URL with user and password. */
    static final String POSTGRES = "CAMPAIGN_STORE_POSTGRES_URL";

    private static final CampaignJson JSON = CampaignJson.create();
    private static final JsonMapper TREE = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    static Path data;

    static Stream<Arguments> databases() {
        return Stream.of(
                Arguments.of("H2 file", "jdbc:h2:file:" + data.resolve("campaigns")),
                Arguments.of("PostgreSQL", System.getenv(POSTGRES)));
    }

    private record Reply(int status, String contentType, String body) {
        JsonNode json() {
            return TREE.readTree(body);
        }
    }

    private static Reply send(int port, String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private static String renamed(String name) {
        return JSON.write(
                Campaign.builder().from(SeedCampaign.campaign()).name(name).build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldStorePostedCampaignsAndKeepThemWholeThroughABadUpdate(String database, String url) throws Exception {
        Assumptions.assumeTrue(url != null, "set " + POSTGRES + " to a PostgreSQL JDBC URL to run this");
        // as arguments, so that they win over the example's application.properties
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(CampaignStore.class)
                .run(
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN",
                        "--spring.datasource.url=" + url)) {
            int port = Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port"));
            JdbcClient jdbc = service.getBean(JdbcClient.class);
            jdbc.sql("DELETE FROM campaign").update();
            String id = SeedCampaign.CAMPAIGN_ID;
            String seed = JSON.write(SeedCampaign.campaign());

            Reply created = send(port, "POST", "/campaigns", seed);
            assertThat(created.status()).isEqualTo(201);
            assertThat(send(port, "POST", "/campaigns", seed).status()).isEqualTo(409);
            assertThat(JSON.read(send(port, "GET", "/campaigns/" + id, null).body(), Campaign.class))
                    .isEqualTo(SeedCampaign.campaign());
            assertThat(send(port, "GET", "/campaigns", null).json()).hasSize(1);
            assertThat(jdbc.sql("SELECT schema_version FROM campaign WHERE id = :id")
                            .param("id", id)
                            .query(String.class)
                            .single())
                    .as("the version the stored document says, not the newest the library knows")
                    .isEqualTo("1.0");

            Reply updated = send(port, "PUT", "/campaigns/" + id, renamed("Police Free LAUSD Coalition"));
            assertThat(updated.status()).isEqualTo(200);
            assertThat(JSON.read(send(port, "GET", "/campaigns/" + id, null).body(), Campaign.class)
                            .getName())
                    .isEqualTo("Police Free LAUSD Coalition");

            // a document that breaks a rule: the problems come back and the row stays as it was
            Reply broken = send(port, "PUT", "/campaigns/" + id, renamed(" "));
            assertThat(broken.status()).isEqualTo(422);
            assertThat(broken.json().get("problems").get(0).get("pointer").asString())
                    .isEqualTo("/name");
            assertThat(JSON.read(send(port, "GET", "/campaigns/" + id, null).body(), Campaign.class)
                            .getName())
                    .isEqualTo("Police Free LAUSD Coalition");

            Reply malformed = send(port, "PUT", "/campaigns/" + id, "{\"schemaVersion\":\"1.0\",");
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.contentType()).startsWith("application/problem+json");

            assertThat(send(port, "PUT", "/campaigns/other", seed).status()).isEqualTo(400);
            assertThat(send(port, "GET", "/campaigns/nothing", null).status()).isEqualTo(404);
            Reply missing = send(
                    port,
                    "PUT",
                    "/campaigns/nothing",
                    JSON.write(Campaign.builder().id("nothing").name("N").build()));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.contentType()).startsWith("application/problem+json");

            if (database.equals("PostgreSQL")) {
                assertThat(jdbc.sql("SELECT data_type FROM information_schema.columns"
                                        + " WHERE table_name = 'campaign' AND column_name = 'document'")
                                .query(String.class)
                                .single())
                        .isEqualTo("jsonb");
            }
        }
    }
}

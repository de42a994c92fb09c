package org.campaignmodel.spring.boot;

import jakarta.validation.Valid;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.campaignmodel.Campaign;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small web service as a user would write one, started for real on a random loopback port and
 * called over HTTP.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(CampaignService.Endpoints.class)
class CampaignService {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @RestController
    static class Endpoints {
        @PostMapping("/campaigns")
        Campaign post(@Valid @RequestBody Campaign campaign) {
            return campaign;
        }

        @PostMapping("/campaigns/batch")
        List<Campaign> batch(@Valid @RequestBody List<Campaign> campaigns) {
            return campaigns;
        }

        @PostMapping("/notes")
        Map<String, Object> notes(@RequestBody Map<String, Object> note) {
            return note;
        }
    }

    /** A running service; close it to stop the server. */
    record Running(ConfigurableApplicationContext context, int port) implements AutoCloseable {
        Reply post(String path, String body, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return send(request.build());
        }

        Reply get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .GET()
                    .build());
        }

        private static Reply send(HttpRequest request) throws Exception {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /** What came back. */
    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    static Running start(Class<?> app, String... properties) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(app)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
                .properties("logging.level.root=WARN")
                .properties(properties)
                .run();
        int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        return new Running(context, port);
    }
}

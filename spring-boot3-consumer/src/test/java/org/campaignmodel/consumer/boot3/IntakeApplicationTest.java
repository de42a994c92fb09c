package org.campaignmodel.consumer.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.campaignmodel.Campaign;
import org.campaignmodel.Demand;
import org.campaignmodel.DemandAction;
import org.campaignmodel.testing.SeedCampaign;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real Spring Boot 3.5 server on a random loopback port, on the Jackson 2 and Hibernate Validator
 * versions Boot 3.5 manages, taking and returning an application object that holds a campaign.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
final class IntakeApplicationTest {
    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper mapper;

    private HttpResponse<String> post(String body) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/submissions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldRunOnWhatSpringBoot35Manages() {
        assertThat(PackageVersion.VERSION.toString()).isEqualTo("2.19.2");
        assertThat(HibernateValidator.class.getPackage().getImplementationVersion())
                .isEqualTo("8.0.3.Final");
        assertThatThrownBy(() -> Class.forName("tools.jackson.databind.ObjectMapper"))
                .as("no Jackson 3 on the class path")
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void shouldTakeAndReturnACampaignInsideTheApplicationsObject() throws Exception {
        String body = mapper.writeValueAsString(new Submission("intake desk", SeedCampaign.campaign()));

        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Submission back = mapper.readValue(response.body(), Submission.class);
        assertThat(back.campaign()).isEqualTo(SeedCampaign.campaign());
        assertThat(back.sender()).isEqualTo("intake desk");
    }

    @Test
    void shouldCheckTheCampaignsRulesWithValidAndSayThemInTheLibrarysWords() throws Exception {
        Campaign misnumbered = Campaign.builder()
                .id("counselors-not-cops")
                .name("Counselors Not Cops")
                .addDemands(Demand.builder()
                        .number(2)
                        .title("Fund counselors")
                        .action(DemandAction.INCREASE_FUNDING)
                        .build())
                .build();

        HttpResponse<String> response = post(mapper.writeValueAsString(new Submission(" ", misnumbered)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode problems = mapper.readTree(response.body()).get("problems");
        assertThat(problems.findValuesAsText("path")).containsExactlyInAnyOrder("sender", "campaign.demands[0].number");
        assertThat(response.body())
                .contains("Demands are numbered 1, 2, 3 and so on in the order listed")
                .doesNotContain("{campaign.");
    }

    @Test
    void shouldRefuseAnUnknownPropertyOfTheCampaignWithItsPointer() throws Exception {
        HttpResponse<String> response =
                post("{\"sender\":\"desk\",\"campaign\":{\"id\":\"c\",\"name\":\"C\",\"nmae\":\"D\"}}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = mapper.readTree(response.body());
        assertThat(problem.get("pointer").asText()).isEqualTo("/campaign/nmae");
        assertThat(problem.get("code").asText()).isEqualTo("json.unknown_property");
        assertThat(problem.get("message").asText()).contains("Did you mean \"name\"?");
    }
}

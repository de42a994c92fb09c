package org.campaignmodel.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.campaignmodel.Campaign;
import org.campaignmodel.Demand;
import org.campaignmodel.DemandAction;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.JsonNode;

/** The starter in a real web service on Boot's own Jackson and Hibernate Validator. */
final class StarterTest {
    private static final CampaignJson JSON = CampaignJson.create();
    private static CampaignService.Running service;

    @BeforeAll
    static void start() {
        service = CampaignService.start(
                CampaignService.class, "campaignmodel.schemas.enabled=true", "campaignmodel.schemas.path=/schemas");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static String campaign(int... numbers) {
        StringBuilder demands = new StringBuilder();
        for (int n : numbers) {
            demands.append(demands.length() == 0 ? "" : ",")
                    .append("{\"number\":")
                    .append(n)
                    .append(",\"title\":\"Demand ")
                    .append(n)
                    .append("\",\"action\":\"adopt\"}");
        }
        return "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\",\"demands\":[" + demands + "]}";
    }

    @Test
    void shouldRunOnTheVersionsBootManages() throws ClassNotFoundException {
        // spring-boot-dependencies 4.0.7 manages Jackson 3.1 and Hibernate Validator 9.0
        assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString()).startsWith("3.1.");
        assertThat(Class.forName("org.hibernate.validator.HibernateValidator")
                        .getPackage()
                        .getImplementationVersion())
                .startsWith("9.0.");
    }

    @Test
    void shouldRoundTripTheSeedCampaign() throws Exception {
        String seed = JSON.write(SeedCampaign.campaign());

        CampaignService.Reply reply = service.post("/campaigns", seed);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(JSON.read(reply.body(), Campaign.class)).isEqualTo(SeedCampaign.campaign());
    }

    @Test
    void shouldPointAtAnUnknownProperty() throws Exception {
        CampaignService.Reply reply =
                service.post("/campaigns", "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"nmae\":\"C\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("pointer").asString()).isEqualTo("/nmae");
        assertThat(problem.get("detail").asString()).contains("Did you mean \"name\"?");
        assertThat(problem.get("line").asInt()).isEqualTo(1);
        assertThat(problem.get("column").asInt()).isPositive();
        assertThat(problem.get("instance").asString()).isEqualTo("/campaigns");
    }

    @Test
    void shouldPointAtMalformedJson() throws Exception {
        CampaignService.Reply reply = service.post("/campaigns", "{\"schemaVersion\":\"1.0\",\n\"id\": c}");

        assertThat(reply.status()).isEqualTo(400);
        JsonNode problem = reply.json();
        assertThat(problem.get("detail").asString()).startsWith("This is not valid JSON");
        assertThat(problem.get("pointer").asString()).isEqualTo("/id");
        assertThat(problem.get("line").asInt()).isEqualTo(2);
        assertThat(problem.get("column").asInt()).isEqualTo(7);
    }

    @Test
    void shouldListEveryBrokenRuleInEnglish() throws Exception {
        CampaignService.Reply reply = service.post("/campaigns", campaign(1, 2, 2));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("problems")).hasSize(1);
        JsonNode first = problem.get("problems").get(0);
        assertThat(first.get("pointer").asString()).isEqualTo("/demands/2/number");
        assertThat(first.get("code").asString()).isEqualTo("demand.number.sequence");
        assertThat(first.get("message").asString()).contains("numbered").doesNotContain("{");
    }

    @Test
    void shouldListEveryBrokenRuleInSpanish() throws Exception {
        CampaignService.Reply english = service.post("/campaigns", campaign(1, 2, 2));
        CampaignService.Reply spanish = service.post("/campaigns", campaign(1, 2, 2), "Accept-Language", "es-MX");

        String message = spanish.json().get("problems").get(0).get("message").asString();
        assertThat(spanish.status()).isEqualTo(422);
        assertThat(message)
                .isNotEqualTo(
                        english.json().get("problems").get(0).get("message").asString())
                .doesNotContain("{");
    }

    @Test
    void shouldAnswerForEveryDocumentOfABatch() throws Exception {
        // inside a list a campaign is a value, not a document of its own: no schemaVersion
        CampaignService.Reply reply = service.post("/campaigns/batch", "[{\"id\":\"c\",\"name\":\"C\"},{\"nmae\":1}]");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("pointer").asString()).isEqualTo("/1/nmae");
    }

    @Test
    void shouldLeaveOtherEndpointsToBoot() throws Exception {
        CampaignService.Reply reply = service.post("/notes", "{\"text\":");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).doesNotStartWith("application/problem+json");
        assertThat(reply.body()).doesNotContain("\"pointer\"");
    }

    @Test
    void shouldServeThePublishedSchemas() throws Exception {
        CampaignService.Reply schema = service.get("/schemas/" + CampaignJson.FORMAT_VERSION + "/campaign.json");
        CampaignService.Reply index = service.get("/schemas/" + CampaignJson.FORMAT_VERSION);
        CampaignService.Reply missing = service.get("/schemas/" + CampaignJson.FORMAT_VERSION + "/nothing.json");

        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.contentType()).startsWith("application/schema+json");
        assertThat(schema.body()).isEqualTo(CampaignJson.schema("campaign"));
        assertThat(index.json().get("story-list").asString()).isEqualTo("/schemas/1.1/story-list.json");
        assertThat(missing.status()).isEqualTo(404);
        // the files of 1.0 stay served, for the 1.0 documents that are still about
        CampaignService.Reply old = service.get("/schemas/1.0/campaign.json");
        assertThat(old.body()).isEqualTo(CampaignJson.schema("1.0", "campaign"));
        assertThat(service.get("/schemas/1.0").json().get("article").asString()).isEqualTo("/schemas/1.0/article.json");
    }

    @Test
    void shouldGiveSpringsValidatorTheLibrarysMessages() {
        Validator validator = service.context().getBean(Validator.class);
        Demand demand = Demand.builder()
                .number(1)
                .title("x".repeat(301))
                .action(DemandAction.ADOPT)
                .build();

        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        try {
            assertThat(validator.validate(demand).stream()
                            .map(v -> v.getMessage())
                            .collect(Collectors.toList()))
                    .containsExactly("Este texto tiene más de 300 caracteres. Acórtelo.");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void shouldProvideTheLibrarysBeans() {
        assertThat(service.context().getBean(CampaignJson.class)).isNotNull();
        assertThat(service.context().getBean(org.campaignmodel.validation.CampaignValidator.class))
                .isSameAs(org.campaignmodel.validation.CampaignValidator.create());
    }
}

package org.campaignmodel.spring.boot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.campaignmodel.json.CampaignJson;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/** Serves the published JSON Schemas of every format version this application reads. */
final class SchemaRoutes {
    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

    private SchemaRoutes() {}

    static RouterFunction<ServerResponse> at(String path) {
        String root = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        RouterFunctions.Builder routes = RouterFunctions.route();
        // every version the application reads: a document is checked against its own version's files
        for (String version : CampaignJson.FORMAT_VERSIONS) {
            String base = root + "/" + version;
            Map<String, String> index = new LinkedHashMap<>();
            for (String name : CampaignJson.SCHEMA_NAMES) {
                index.put(name, base + "/" + name + ".json");
            }
            routes.GET(
                            base,
                            request -> ServerResponse.ok()
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .body(index))
                    .GET(base + "/{name}.json", request -> {
                        String name = request.pathVariable("name");
                        if (!CampaignJson.SCHEMA_NAMES.contains(name)) {
                            return ServerResponse.notFound().build();
                        }
                        return ServerResponse.ok().contentType(SCHEMA_JSON).body(CampaignJson.schema(version, name));
                    });
        }
        return routes.build();
    }
}

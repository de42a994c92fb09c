package org.campaignmodel.bindings;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.campaignmodel.format.CampaignFormat;
import org.campaignmodel.format.Limits;
import org.campaignmodel.jackson2.CampaignJackson2;
import org.campaignmodel.json.CampaignJson;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bindings every suite here runs against. Each is the public facade a user would pick, plus
 * what its own Jackson line does with trees, so that one parameterized test covers both.
 */
enum Binding {
    JACKSON_3 {
        @Override
        CampaignFormat<?> format(Limits limits) {
            return CampaignJson.create(limits);
        }

        @Override
        Object throughTree(Object value, Class<?> type) {
            JsonMapper mapper = CampaignJson.create().mapper();
            return mapper.treeToValue(mapper.valueToTree(value), type);
        }

        @Override
        List<String> treeNames(Object value) {
            JsonNode tree = CampaignJson.create().mapper().valueToTree(value);
            return new ArrayList<>(tree.propertyNames());
        }
    },
    JACKSON_2 {
        @Override
        CampaignFormat<?> format(Limits limits) {
            return CampaignJackson2.create(limits);
        }

        @Override
        Object throughTree(Object value, Class<?> type) {
            ObjectMapper mapper = CampaignJackson2.create().mapper();
            try {
                return mapper.treeToValue(mapper.valueToTree(value), type);
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        List<String> treeNames(Object value) {
            com.fasterxml.jackson.databind.JsonNode tree =
                    CampaignJackson2.create().mapper().valueToTree(value);
            List<String> names = new ArrayList<>();
            tree.fieldNames().forEachRemaining(names::add);
            return names;
        }
    };

    /** {@return the binding's facade with the default limits} */
    CampaignFormat<?> format() {
        return format(Limits.defaults());
    }

    /** {@return the binding's facade with the given limits} */
    abstract CampaignFormat<?> format(Limits limits);

    /** {@return the value written to the binding's own tree and read back from it} */
    abstract Object throughTree(Object value, Class<?> type);

    /** {@return the top-level property names of the binding's tree of the value, in order} */
    abstract List<String> treeNames(Object value);

    /** {@return every binding with each of the given arguments: one test case per pair} */
    static Stream<Arguments> with(Stream<Arguments> arguments) {
        List<Arguments> each = arguments.toList();
        return Stream.of(values())
                .flatMap(binding -> each.stream().map(a -> {
                    Object[] given = a.get();
                    Object[] all = new Object[given.length + 1];
                    all[0] = binding;
                    System.arraycopy(given, 0, all, 1, given.length);
                    return Arguments.of(all);
                }));
    }

    /** {@return a tree of JSON text, to compare documents as trees whatever the binding} */
    static JsonNode tree(String json) {
        return CampaignJson.create().mapper().readTree(json);
    }
}

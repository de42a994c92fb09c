package org.campaignmodel.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds the line and column of JSON Pointers in a document's text, for validation problems, which
 * know only their pointer: an annotation on a pull request needs a line.
 */
final class Locations {
    private Locations() {}

    /**
     * Finds where each pointer's value starts; a property's value is found at its name.
     *
     * @param parsers a parser factory
     * @param json the document
     * @param pointers the pointers to find
     * @return line and column of each pointer found
     */
    static Map<String, int[]> find(JsonFactory parsers, byte[] json, Set<String> pointers) {
        Map<String, int[]> found = new HashMap<>();
        if (pointers.isEmpty()) {
            return found;
        }
        // a missing property is placed at the nearest object that is there
        Set<String> wanted = new HashSet<>();
        for (String pointer : pointers) {
            for (String at = pointer; ; at = at.substring(0, at.lastIndexOf('/'))) {
                wanted.add(at);
                if (at.isEmpty()) {
                    break;
                }
            }
        }
        try (JsonParser p = parsers.createParser(ObjectReadContext.empty(), json)) {
            JsonToken token;
            while (found.size() < wanted.size() && (token = p.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = p.streamReadContext().pathAsPointer().toString();
                if (wanted.contains(pointer) && !found.containsKey(pointer)) {
                    TokenStreamLocation at = p.currentTokenLocation();
                    found.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
                }
            }
        } catch (JacksonException e) {
            // a document that reached validation is JSON; whatever was found so far is kept
        }
        for (String pointer : pointers) {
            String parent = pointer;
            while (!found.containsKey(pointer) && !parent.isEmpty()) {
                parent = parent.substring(0, parent.lastIndexOf('/'));
                int[] at = found.get(parent);
                if (at != null) {
                    found.put(pointer, at);
                }
            }
        }
        return found;
    }
}

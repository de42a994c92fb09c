package org.campaignmodel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.campaignmodel.format.CheckedDocument;
import org.campaignmodel.format.DocumentException;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.validation.ValidationProblem;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code campaign format}: documents rewritten in the canonical form the library writes. */
@Command(
        name = "format",
        mixinStandardHelpOptions = true,
        description = {
            "Rewrites documents in canonical form: properties in the schema's order, each value as the"
                    + " library writes it, indented two spaces (NDJSON: one compact document per line).",
            "Standard input ('-' or no file) is written to standard output. A document with problems is"
                    + " left as it is and its problems reported."
        })
final class FormatCommand extends Subcommand {
    @Parameters(paramLabel = "FILE", description = "Files or folders; '-' for standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--check", description = "Change nothing; list the files that would change and exit 1 if any.")
    boolean check;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            converter = DocumentType.Converter.class,
            description = "article, campaign, event, timeline or story-list; guessed when left out.")
    @Nullable
    DocumentType type;

    @Option(names = "--ndjson", description = "Standard input holds NDJSON, one document per line.")
    boolean ndjson;

    @Option(
            names = "--references",
            description = "Define each party (organization, person, decision-maker) that has an id and appears more"
                    + " than once in the document's \"parties\", and refer to it by id elsewhere (format 1.1)."
                    + " Without it, every party is written in full where it stands.")
    boolean references;

    /** Picocli makes this. */
    FormatCommand() {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        CampaignJson json = CampaignJson.create();
        List<String> missing = new ArrayList<>();
        List<Input> inputs = Input.expand(files, ndjson, missing);
        for (String name : missing) {
            err.println("campaign: " + name + ": there is no such file or folder");
        }
        int changed = 0;
        int invalid = 0;
        int files = 0;
        for (Input input : inputs) {
            files++;
            byte[] bytes = input.readAtMost(
                    input.ndjson ? Integer.MAX_VALUE - 9 : json.limits().maxDocumentLength());
            String original = new String(bytes, StandardCharsets.UTF_8);
            String formatted =
                    input.ndjson ? lines(json, input.name, original, err) : document(json, input.name, bytes, err);
            if (formatted == null) {
                invalid++;
                continue;
            }
            if (input.path == null) {
                if (check) {
                    if (!formatted.equals(original)) {
                        out.println("would reformat " + input.name);
                        changed++;
                    }
                } else {
                    out.print(formatted);
                }
            } else if (!formatted.equals(original)) {
                changed++;
                if (check) {
                    out.println("would reformat " + input.name);
                } else {
                    Files.writeString(input.path, formatted, StandardCharsets.UTF_8);
                }
            }
        }
        if (anyFile(inputs)) {
            err.println(files
                    + (files == 1 ? " file: " : " files: ")
                    + changed
                    + (check ? " would change" : " changed")
                    + (invalid > 0 ? ", " + invalid + " left as they are for their problems" : ""));
        }
        if (!missing.isEmpty()) {
            return CampaignCommand.USAGE;
        }
        return invalid > 0 || (check && changed > 0) ? CampaignCommand.INVALID : CampaignCommand.VALID;
    }

    private static boolean anyFile(List<Input> inputs) {
        return inputs.stream().anyMatch(i -> i.path != null);
    }

    private @Nullable String document(CampaignJson json, String name, byte[] bytes, PrintWriter err) {
        Object value = read(json, bytes, name, 0, err);
        return value == null ? null : Pretty.indent(write(json, value));
    }

    private String write(CampaignJson json, Object value) {
        return references ? json.writeWithReferences(value) : json.write(value);
    }

    private @Nullable String lines(CampaignJson json, String name, String text, PrintWriter err) {
        StringBuilder out = new StringBuilder();
        boolean ok = true;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            Object value = read(json, line.getBytes(StandardCharsets.UTF_8), name, i + 1, err);
            if (value == null) {
                ok = false;
            } else {
                out.append(write(json, value)).append('\n');
            }
        }
        return ok ? out.toString() : null;
    }

    /**
     * Reads a document to write it again. One that reads is formatted even when validation would find
     * problems, since formatting changes no value; one that does not read is reported, every problem.
     */
    private @Nullable Object read(CampaignJson json, byte[] bytes, String name, int line, PrintWriter err) {
        DocumentType documentType = DocumentType.of(Input.PARSERS, bytes, type);
        try {
            return json.read(bytes, documentType.type);
        } catch (DocumentException e) {
            CheckedDocument<?> checked = json.check(bytes, documentType.type, Locale.ENGLISH);
            for (ValidationProblem p : checked.getReport().getProblems()) {
                if (p.getLine().isEmpty()) {
                    continue; // validation's, which formatting does not need
                }
                int at = line > 0 ? line : p.getLine().getAsInt();
                err.println(name + ":" + at + ": " + p.getShownPointer() + ": " + p.getMessage() + " [" + p.getCode()
                        + "]");
            }
            return null;
        }
    }
}

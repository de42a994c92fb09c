package org.campaignmodel.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** How {@code validate} writes what it found: for people, for programs, or for GitHub Actions. */
enum Reporter {
    /** {@code FILE[:LINE]: /pointer: message [code]}, one per line, then a summary line. */
    TEXT {
        @Override
        void finding(PrintWriter out, Finding f) {
            out.println(f.input() + (f.line() > 0 ? ":" + f.line() : "") + ": "
                    + f.problem().getShownPointer() + ": "
                    + (f.notice() ? "notice: " : "") + f.problem().getMessage() + " ["
                    + f.problem().getCode()
                    + "]");
        }

        @Override
        void summary(PrintWriter out, Summary s) {
            out.println(s.sentence());
        }
    },
    /** One JSON object with every finding and the counts. */
    JSON {
        @Override
        void finding(PrintWriter out, Finding f) {
            // written with the summary, as one document
        }

        @Override
        void summary(PrintWriter out, Summary s) {
            JsonMapper mapper = JsonMapper.builder().build();
            ObjectNode root = mapper.createObjectNode();
            root.put("valid", s.problems == 0);
            root.put("files", s.files);
            root.put("documents", s.documents);
            root.put("problems", s.problems);
            root.put("notices", s.notices);
            ArrayNode findings = root.putArray("findings");
            for (Finding f : s.findings) {
                ObjectNode n = findings.addObject();
                n.put("file", f.input());
                if (f.line() > 0) {
                    n.put("line", f.line());
                }
                if (f.column() > 0) {
                    n.put("column", f.column());
                }
                n.put("severity", f.notice() ? "notice" : "error");
                n.put("pointer", f.problem().getPointer());
                n.put("code", f.problem().getCode());
                n.put("message", f.problem().getMessage());
                f.problem().getValue().ifPresent(v -> n.put("value", v));
            }
            ArrayNode unreadable = root.putArray("unreadable");
            s.unreadable.forEach(unreadable::add);
            out.println(mapper.writeValueAsString(root));
        }
    },
    /** GitHub Actions workflow commands, which show as annotations on a pull request's files. */
    GITHUB {
        @Override
        void finding(PrintWriter out, Finding f) {
            StringBuilder line = new StringBuilder(f.notice() ? "::notice " : "::error ");
            line.append("file=").append(property(f.input()));
            if (f.line() > 0) {
                line.append(",line=").append(f.line());
                if (f.column() > 0) {
                    line.append(",col=").append(f.column());
                }
            }
            line.append(",title=").append(property(f.problem().getCode()));
            line.append("::")
                    .append(data(
                            f.problem().getShownPointer() + ": " + f.problem().getMessage()));
            out.println(line);
        }

        @Override
        void summary(PrintWriter out, Summary s) {
            out.println(s.sentence());
        }
    };

    /** Writes one finding as it is found. */
    abstract void finding(PrintWriter out, Finding f);

    /** Writes the end of the report. */
    abstract void summary(PrintWriter out, Summary s);

    /** A workflow command's message: the characters GitHub reads as its own escaped. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A workflow command's property value, where ':' and ',' are the command's own too. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    /** What one run found, counted. */
    static final class Summary {
        int files;
        int documents;
        int problems;
        int notices;
        final List<Finding> findings = new ArrayList<>();
        final List<String> unreadable = new ArrayList<>();

        String sentence() {
            StringBuilder s = new StringBuilder()
                    .append(documents)
                    .append(documents == 1 ? " document in " : " documents in ")
                    .append(files)
                    .append(files == 1 ? " file: " : " files: ");
            s.append(problems == 0 ? "all valid" : problems + (problems == 1 ? " problem" : " problems"));
            if (notices > 0) {
                s.append(", ").append(notices).append(notices == 1 ? " notice" : " notices");
            }
            if (!unreadable.isEmpty()) {
                s.append("; ").append(unreadable.size()).append(" could not be read");
            }
            return s.toString();
        }
    }
}

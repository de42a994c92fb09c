package org.campaignmodel.json;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Reads one NDJSON line at a time, handing bad lines to the caller's handler. */
final class NdjsonIterator<T> implements Iterator<T> {
    private final LineReader lines;
    private final CampaignJson json;
    private final Class<T> type;
    private final Consumer<CampaignJsonException> badLines;
    private @Nullable T next;

    NdjsonIterator(LineReader lines, CampaignJson json, Class<T> type, Consumer<CampaignJsonException> badLines) {
        this.lines = lines;
        this.json = json;
        this.type = type;
        this.badLines = badLines;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            String line = lines.next();
            if (line == null) {
                return false;
            }
            if (lines.tooLong()) {
                badLines.accept(new CampaignJsonException(
                        "",
                        "The line is longer than the document limit; it was skipped.",
                        lines.lineNumber(),
                        0,
                        true));
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                next = json.read(line, type);
            } catch (CampaignJsonException e) {
                badLines.accept(e.atLine(lines.lineNumber()));
            }
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T value = java.util.Objects.requireNonNull(next);
        next = null;
        return value;
    }
}
